// The views that show what a candidate wrote: its log and its Markdown artifact.
#include "gui/logview.h"
#include "gui/safemarkdownview.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>

using namespace DreamFoundry;

class TestUntrustedViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCharacterSplitAcrossReadsShowsWhole()
    {
        LogView view;
        const QByteArray text("caf\xc3\xa9 \xf0\x9f\x98\x80\n");
        view.appendOutput(OutputStream::Stdout, text.first(4));
        view.appendOutput(OutputStream::Stderr, "err\n"); // the other stream between the halves
        view.appendOutput(OutputStream::Stdout, text.sliced(4, 3));
        view.appendOutput(OutputStream::Stdout, text.sliced(7));
        QCOMPARE(view.toPlainText(), QString::fromUtf8("caferr\n\xc3\xa9 \xf0\x9f\x98\x80\n"));

        LiveLog log;
        log.append(OutputStream::Stdout, text.first(4));
        log.append(OutputStream::Stderr, "err\n");
        log.append(OutputStream::Stdout, text.sliced(4));
        view.showLog(log);
        QCOMPARE(view.toPlainText(), QString::fromUtf8("caferr\n\xc3\xa9 \xf0\x9f\x98\x80\n"));
    }

    void aLinkOpensOnlyOnceConfirmed_data()
    {
        QTest::addColumn<QMessageBox::StandardButton>("answer");
        QTest::addColumn<bool>("opened");
        QTest::newRow("cancel") << QMessageBox::Cancel << false;
        QTest::newRow("open") << QMessageBox::Open << true;
    }

    void aLinkOpensOnlyOnceConfirmed()
    {
        QFETCH(QMessageBox::StandardButton, answer);
        QFETCH(bool, opened);
        SafeMarkdownView view;
        QList<QUrl> openedUrls;
        view.setUrlOpener([&](const QUrl &url) { openedUrls << url; });
        view.setMarkdown(QStringLiteral("[the docs](https://evil.example/steal?token=1)"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QUrl url(QStringLiteral("https://evil.example/steal?token=1"));
        Q_EMIT view.anchorClicked(url);
        QMessageBox *box = view.linkConfirmation();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(url.toString()), qPrintable(box->text()));
        QVERIFY(openedUrls.isEmpty()); // nothing opens while the question stands
        box->button(answer)->click();
        QTRY_VERIFY(!view.linkConfirmation());
        QCOMPARE(openedUrls, opened ? QList<QUrl>{url} : QList<QUrl>{});
    }

    void otherSchemesAreNeverOffered()
    {
        SafeMarkdownView view;
        QList<QUrl> openedUrls;
        view.setUrlOpener([&](const QUrl &url) { openedUrls << url; });
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!view.linkConfirmation());
        QVERIFY(openedUrls.isEmpty());
    }
};

QTEST_MAIN(TestUntrustedViews)
#include "test_untrusted_views.moc"
