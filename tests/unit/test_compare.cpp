// The comparison engine (src/compare): loading artifacts (text, binary, invalid UTF-8, huge
// lines, JSON), the line diff against dtl alone, the aligned rows of 2-4 panes against known
// answers, intra-line spans, folding, the unified diff and CompareJob.
#include "compare/comparejob.h"
#include "compare/comparison.h"
#include "compare/linediff.h"
#include "core/candidateresult.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

Q_DECLARE_METATYPE(DreamFoundry::TextSpan)
Q_DECLARE_METATYPE(DreamFoundry::RowRange)
Q_DECLARE_METATYPE(DreamFoundry::CandidateState)

namespace {

using Texts = std::vector<std::shared_ptr<const ArtifactText>>;

CompareSource sourceNamed(const QString &label, const QString &file = QStringLiteral("a.txt"))
{
    CompareSource source;
    source.label = label;
    source.artifactFile = file;
    source.state = QStringLiteral("succeeded");
    return source;
}

std::shared_ptr<const ArtifactText> textOf(const QByteArray &bytes, const QString &label = {},
                                           const CompareOptions &options = {})
{
    return ArtifactText::fromBytes(sourceNamed(label.isEmpty() ? QStringLiteral("x") : label),
                                   bytes, options);
}

// "a b c" -> "a\nb\nc\n"; "" -> no bytes.
QByteArray linesOf(const QString &words)
{
    if (words.isEmpty())
        return {};
    return words.split(QLatin1Char(' ')).join(QLatin1Char('\n')).toUtf8() + '\n';
}

char changeChar(LineChange change)
{
    switch (change) {
    case LineChange::Same:
        return '=';
    case LineChange::Changed:
        return '~';
    case LineChange::Added:
        return '+';
    case LineChange::Removed:
        return '-';
    case LineChange::Gap:
        break;
    }
    return ' ';
}

// Each row as "0=,1~,.-": a pane's line (or . for a gap) and its change; rows space-separated.
QString rowsOf(const Comparison &comparison)
{
    QStringList rows;
    for (const AlignedRow &row : comparison.rows()) {
        QStringList cells;
        for (int k = 0; k < comparison.paneCount(); ++k) {
            const int line = row.line[size_t(k)];
            QString cell = line < 0 ? QStringLiteral(".") : QString::number(line);
            if (const char c = changeChar(row.change[size_t(k)]); c != ' ')
                cell += QLatin1Char(c);
            cells << cell;
        }
        rows << cells.join(QLatin1Char(','));
    }
    return rows.join(QLatin1Char(' '));
}

std::shared_ptr<const Comparison> compareTexts(const QStringList &panes, int baseline = 0,
                                               const CompareOptions &options = {})
{
    Texts texts;
    for (int k = 0; k < panes.size(); ++k)
        texts.push_back(textOf(linesOf(panes[k]), QStringLiteral("p%1").arg(k), options));
    return compareArtifacts(texts, baseline, options);
}

int changedLines(const LineDiff::LineIds &a, const LineDiff::LineIds &b,
                 const std::vector<LineMatch> &matches)
{
    return int(a.size() + b.size() - 2 * matches.size());
}

// Matches that are equal lines, increasing on both sides.
bool validMatches(const LineDiff::LineIds &a, const LineDiff::LineIds &b,
                  const std::vector<LineMatch> &matches)
{
    int lastA = -1;
    int lastB = -1;
    for (const LineMatch &m : matches) {
        if (m.base <= lastA || m.other <= lastB || a[size_t(m.base)] != b[size_t(m.other)])
            return false;
        lastA = m.base;
        lastB = m.other;
    }
    return true;
}

// `base` with about `percent`% of its lines replaced, deleted or followed by a new one.
// `*changes` counts the lines removed and added on the way: no diff needs more.
LineDiff::LineIds edited(const LineDiff::LineIds &base, int percent, quint32 alphabet,
                         QRandomGenerator &random, int *changes = nullptr)
{
    LineDiff::LineIds out;
    int count = 0;
    for (quint32 id : base) {
        if (int(random.bounded(100)) >= percent) {
            out.push_back(id);
            continue;
        }
        switch (random.bounded(3)) {
        case 0: // replaced
            out.push_back(random.bounded(alphabet));
            count += 2;
            break;
        case 1: // deleted
            ++count;
            break;
        default: // a line inserted after it
            out.push_back(id);
            out.push_back(random.bounded(alphabet));
            ++count;
        }
    }
    if (changes)
        *changes = count;
    return out;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineDiffStaysNearMinimal_data()
    {
        QTest::addColumn<quint32>("alphabet");
        QTest::addColumn<int>("directBelow");
        QTest::addColumn<int>("window");
        const int window = LineDiff::Tuning().window;
        QTest::newRow("unique lines, anchored") << 1'000'000u << 0 << window;
        QTest::newRow("some repeats, anchored") << 200u << 0 << window;
        QTest::newRow("many repeats, anchored") << 8u << 0 << window;
        QTest::newRow("many repeats, in windows") << 8u << 0 << 100;
        QTest::newRow("some repeats, anchored, in windows") << 200u << 0 << 100;
        QTest::newRow("some repeats, default tuning")
                << 200u << LineDiff::Tuning().directBelow << window;
    }

    // The pre-passes (prefix, suffix, lines without counterpart, patience anchors) keep the
    // diff within 1% of dtl's shortest edit script, over many generated cases.
    void lineDiffStaysNearMinimal()
    {
        QFETCH(quint32, alphabet);
        QFETCH(int, directBelow);
        QFETCH(int, window);
        QRandomGenerator random(1234);
        qint64 ours = 0;
        qint64 minimal = 0;
        for (int round = 0; round < 150; ++round) {
            LineDiff::LineIds a;
            const int n = 20 + int(random.bounded(400));
            for (int i = 0; i < n; ++i)
                a.push_back(random.bounded(alphabet));
            const LineDiff::LineIds b = edited(a, 1 + int(random.bounded(20)), alphabet, random);
            bool cancelled = true;
            const auto matches
                    = LineDiff::matchLines(a, b, {directBelow, window}, nullptr, &cancelled);
            const auto reference = LineDiff::matchLinesDirect(a, b);
            QVERIFY(!cancelled);
            QVERIFY(validMatches(a, b, matches));
            QVERIFY(validMatches(a, b, reference));
            QVERIFY(changedLines(a, b, matches) >= changedLines(a, b, reference));
            ours += changedLines(a, b, matches);
            minimal += changedLines(a, b, reference);
        }
        qInfo("%lld changed lines against dtl's %lld", ours, minimal);
        QVERIFY(minimal > 0);
        QVERIFY2(ours * 100 <= minimal * 101,
                 qPrintable(QStringLiteral("%1 changed lines against dtl's %2")
                                    .arg(ours)
                                    .arg(minimal)));
    }

    // 100,000 lines of a few distinct ones (braces, blank lines): no line is unique, and dtl
    // alone on it runs out of path points and drifts to ten times the changes. In windows the
    // diff needs no more changes than the edits that made the second side.
    void lineDiffOfLargeInputWithoutAnchors()
    {
        QRandomGenerator random(99);
        LineDiff::LineIds a;
        for (int i = 0; i < 100'000; ++i)
            a.push_back(random.bounded(8u));
        int edits = 0;
        const LineDiff::LineIds b = edited(a, 10, 8, random, &edits);
        bool cancelled = true;
        const auto matches = LineDiff::matchLines(a, b, {}, nullptr, &cancelled);
        QVERIFY(!cancelled);
        QVERIFY(validMatches(a, b, matches));
        QVERIFY2(changedLines(a, b, matches) <= edits,
                 qPrintable(QStringLiteral("%1 changed lines for %2 edits")
                                    .arg(changedLines(a, b, matches))
                                    .arg(edits)));
    }

    void lineDiffNeverMatchesLinesWithoutCounterpart()
    {
        const LineDiff::LineIds a{1, 2, LineDiff::noCounterpart, 3};
        const LineDiff::LineIds b{LineDiff::noCounterpart, 2, 3};
        bool cancelled = true;
        const auto matches = LineDiff::matchLines(a, b, {}, nullptr, &cancelled);
        QVERIFY(!cancelled);
        QCOMPARE(matches, (std::vector<LineMatch>{{1, 1}, {3, 2}}));
    }

    void lineDiffStopsWhenCancelled()
    {
        const std::atomic_bool cancel(true);
        bool cancelled = false;
        const auto matches = LineDiff::matchLines({1, 2, 3}, {1, 3}, {}, &cancel, &cancelled);
        QVERIFY(cancelled);
        QVERIFY(matches.empty());
        QVERIFY(!compareArtifacts({textOf("a\n"), textOf("b\n")}, 0, {}, &cancel));
    }

    void alignsRows_data()
    {
        QTest::addColumn<QStringList>("panes");
        QTest::addColumn<int>("baseline");
        QTest::addColumn<QString>("rows");
        const auto row = [](const char *name, QStringList panes, int baseline, const char *rows) {
            QTest::newRow(name) << panes << baseline << QString::fromLatin1(rows);
        };
        row("identical", {QStringLiteral("a b c"), QStringLiteral("a b c")}, 0,
            "0=,0= 1=,1= 2=,2=");
        row("insertion", {QStringLiteral("a c"), QStringLiteral("a b c")}, 0, "0=,0= .,1+ 1=,2=");
        row("deletion", {QStringLiteral("a b c"), QStringLiteral("a c")}, 0, "0=,0= 1-,.- 2=,1=");
        row("change", {QStringLiteral("a b c"), QStringLiteral("a x c")}, 0, "0=,0= 1~,1~ 2=,2=");
        row("change then insertion", {QStringLiteral("a b c"), QStringLiteral("a x y c")}, 0,
            "0=,0= 1~,1~ .,2+ 2=,3=");
        row("added at the end", {QStringLiteral("a"), QStringLiteral("a b")}, 0, "0=,0= .,1+");
        row("empty baseline", {QString(), QStringLiteral("a b")}, 0, ".,0+ .,1+");
        row("emptied", {QStringLiteral("a b"), QString()}, 0, "0-,.- 1-,.-");
        row("baseline on the right", {QStringLiteral("a x c"), QStringLiteral("a b c")}, 1,
            "0=,0= 1~,1~ 2=,2=");
        row("three panes",
            {QStringLiteral("a b c"), QStringLiteral("a c"), QStringLiteral("a b x c")}, 0,
            "0=,0=,0= 1-,.-,1= .,.,2+ 2=,1=,3=");
        row("three panes added at one place",
            {QStringLiteral("a c"), QStringLiteral("a b c"), QStringLiteral("a b b c")}, 0,
            "0=,0=,0= .,1+,1+ .,.,2+ 1=,2=,3=");
        row("four panes",
            {QStringLiteral("a b c d"), QStringLiteral("a b c d"), QStringLiteral("a B c d"),
             QStringLiteral("a c d e")},
            0, "0=,0=,0=,0= 1~,1=,1~,.- 2=,2=,2=,1= 3=,3=,3=,2= .,.,.,3+");
    }

    // Lines equal in every pane share a row; the others line up with gaps, as meld shows them.
    void alignsRows()
    {
        QFETCH(QStringList, panes);
        QFETCH(int, baseline);
        QFETCH(QString, rows);
        const auto comparison = compareTexts(panes, baseline);
        QVERIFY(comparison);
        QCOMPARE(rowsOf(*comparison), rows);
    }

    void countsBlocksAndStats()
    {
        const auto comparison
                = compareTexts({QStringLiteral("a b c d e f"), QStringLiteral("a x c d f g h"),
                                QStringLiteral("a b c d e f")});
        QCOMPARE(rowsOf(*comparison),
                 QStringLiteral("0=,0=,0= 1~,1~,1= 2=,2=,2= 3=,3=,3= "
                                "4-,.-,4= 5=,4=,5= .,5+,. .,6+,."));
        QCOMPARE(comparison->blocks().size(), 3);
        QCOMPARE(comparison->blocks().at(0).firstRow, 1);
        QCOMPARE(comparison->blocks().at(2).firstRow, 6);
        QCOMPARE(comparison->blocks().at(2).rowCount, 2);
        QCOMPARE(comparison->nextBlockRow(0), 1);
        QCOMPARE(comparison->nextBlockRow(1), 4);
        QCOMPARE(comparison->nextBlockRow(6), -1);
        QCOMPARE(comparison->previousBlockRow(6), 4);
        QCOMPARE(comparison->previousBlockRow(1), -1);
        const PaneStats stats = comparison->stats(1);
        QCOMPARE(stats.added, 2);
        QCOMPARE(stats.removed, 1);
        QCOMPARE(stats.changed, 1);
        QVERIFY(!stats.identical);
        QVERIFY(comparison->stats(2).identical);
        QVERIFY(!comparison->allIdentical());
        QCOMPARE(comparison->rowOfLine(1, 5), 6);
        QCOMPARE(comparison->rowOfLine(0, 4), 4);
        QCOMPARE(comparison->rowOfLine(1, 99), -1);
    }

    void changedSpansMarkWordsThenCharacters_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("ignoreCase");
        QTest::addColumn<bool>("ignoreWhitespace");
        QTest::addColumn<QList<TextSpan>>("baseSpans");
        QTest::addColumn<QList<TextSpan>>("otherSpans");
        QTest::newRow("a word") << QStringLiteral("the quick fox") << QStringLiteral("the slow fox")
                                << false << false << QList<TextSpan>{{4, 5}}
                                << QList<TextSpan>{{4, 4}};
        QTest::newRow("a word added") << QStringLiteral("a b") << QStringLiteral("a new b") << false
                                      << false << QList<TextSpan>{} << QList<TextSpan>{{2, 4}};
        QTest::newRow("no word shared: characters")
                << QStringLiteral("colour") << QStringLiteral("color") << false << false
                << QList<TextSpan>{{4, 1}} << QList<TextSpan>{};
        QTest::newRow("case ignored")
                << QStringLiteral("Hello World") << QStringLiteral("hello world") << true << false
                << QList<TextSpan>{} << QList<TextSpan>{};
        QTest::newRow("white space ignored")
                << QStringLiteral("a  b") << QStringLiteral("a b\t") << false << true
                << QList<TextSpan>{} << QList<TextSpan>{};
        QTest::newRow("surrogate pair")
                << QStringLiteral("go \U0001F680 now") << QStringLiteral("go \U0001F6F8 now")
                << false << false << QList<TextSpan>{{3, 2}} << QList<TextSpan>{{3, 2}};
    }

    void changedSpansMarkWordsThenCharacters()
    {
        QFETCH(QString, base);
        QFETCH(QString, other);
        QFETCH(bool, ignoreCase);
        QFETCH(bool, ignoreWhitespace);
        QFETCH(QList<TextSpan>, baseSpans);
        QFETCH(QList<TextSpan>, otherSpans);
        CompareOptions options;
        options.ignoreCase = ignoreCase;
        options.ignoreWhitespace = ignoreWhitespace;
        const LineSpans spans = changedSpans(base, other, options);
        QCOMPARE(spans.base, baseSpans);
        QCOMPARE(spans.other, otherSpans);
    }

    void optionsDecideWhichLinesAreEqual_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("other");
        QTest::addColumn<bool>("ignoreLineEndings");
        QTest::addColumn<bool>("ignoreWhitespace");
        QTest::addColumn<bool>("ignoreCase");
        QTest::addColumn<int>("changed");
        QTest::newRow("CRLF against LF, ignored")
                << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n") << true << false << false << 0;
        QTest::newRow("CRLF against LF, strict")
                << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n") << false << false << false << 2;
        QTest::newRow("no final newline, ignored")
                << QByteArray("a\nb") << QByteArray("a\nb\n") << true << false << false << 0;
        QTest::newRow("no final newline, strict")
                << QByteArray("a\nb") << QByteArray("a\nb\n") << false << false << false << 1;
        QTest::newRow("white space")
                << QByteArray("a b\n\tc\n") << QByteArray("ab \nc\n") << true << true << false << 0;
        QTest::newRow("case, with non-ASCII")
                << QByteArray("\xc3\x89T\xc3\x89\nX\n") << QByteArray("\xc3\xa9t\xc3\xa9\nx\n")
                << true << false << true << 0;
        QTest::newRow("case matters by default")
                << QByteArray("A\n") << QByteArray("a\n") << true << false << false << 1;
    }

    void optionsDecideWhichLinesAreEqual()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, other);
        QFETCH(bool, ignoreLineEndings);
        QFETCH(bool, ignoreWhitespace);
        QFETCH(bool, ignoreCase);
        QFETCH(int, changed);
        CompareOptions options;
        options.ignoreLineEndings = ignoreLineEndings;
        options.ignoreWhitespace = ignoreWhitespace;
        options.ignoreCase = ignoreCase;
        const auto comparison = compareArtifacts({textOf(base), textOf(other)}, 0, options);
        QCOMPARE(comparison->stats(1).changed, changed);
        QCOMPARE(comparison->allIdentical(), changed == 0);
    }

    void invalidUtf8ReadsAsReplacementCharacters()
    {
        const auto text = textOf("line one\nbad \xff\xfe here\nline three\n");
        QCOMPARE(text->kind(), ArtifactText::Kind::Text);
        QVERIFY(text->hadInvalidUtf8());
        QCOMPARE(text->invalidUtf8Lines(), std::vector<int>{1});
        QVERIFY(text->line(1).contains(QChar::ReplacementCharacter));
        QCOMPARE(text->line(2), QStringLiteral("line three"));
        const auto comparison
                = compareArtifacts({text, textOf("line one\nbad here\nline three\n")}, 0, {});
        QCOMPARE(rowsOf(*comparison), QStringLiteral("0=,0= 1~,1~ 2=,2="));
    }

    void binaryArtifactsAreDescribedNotShown_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a NUL byte") << QByteArray("\x7f"
                                                  "ELF\x02\x01\x01\x00\x00\x00 tail",
                                                  16);
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : random)
            c = char(generator.bounded(128, 256)); // high bytes: mostly invalid UTF-8
        QTest::newRow("mostly invalid UTF-8") << random;
    }

    void binaryArtifactsAreDescribedNotShown()
    {
        QFETCH(QByteArray, bytes);
        const auto text = textOf(bytes);
        QCOMPARE(text->kind(), ArtifactText::Kind::Binary);
        QCOMPARE(text->size(), qint64(bytes.size()));
        QCOMPARE(text->sha256().size(), 64);
        QVERIFY(text->hexHead().startsWith(QStringLiteral("00000000  ")));
        QCOMPARE(text->lineCount(), 0);
        QVERIFY(!text->problem().isEmpty());
    }

    void fiveMebibyteLine()
    {
        QByteArray line(5 * 1024 * 1024, 'x');
        QByteArray changed = line;
        changed[2'000'000] = 'y';
        const auto comparison
                = compareArtifacts({textOf(line + '\n'), textOf(changed + '\n')}, 0, {});
        QCOMPARE(comparison->text(0).lineCount(), 1);
        QCOMPARE(comparison->text(0).line(0).size(), line.size());
        QCOMPARE(rowsOf(*comparison), QStringLiteral("0~,0~"));
        const LineSpans spans
                = changedSpans(comparison->text(0).line(0), comparison->text(1).line(0), {});
        QCOMPARE(spans.base, (QList<TextSpan>{TextSpan{2'000'000, 1}}));
        QCOMPARE(spans.other, (QList<TextSpan>{TextSpan{2'000'000, 1}}));
    }

    void emptyAndIdenticalArtifacts()
    {
        const auto empty = compareArtifacts({textOf({}), textOf({})}, 0, {});
        QCOMPARE(empty->text(0).lineCount(), 0);
        QCOMPARE(empty->rowCount(), 0);
        QVERIFY(empty->allIdentical());
        QVERIFY(unifiedDiff(*empty, 1).isEmpty());
        const auto same = compareArtifacts({textOf("a\nb\n"), textOf("a\nb\n")}, 0, {});
        QVERIFY(same->allIdentical());
        QVERIFY(same->blocks().isEmpty());
        QVERIFY(same->stats(1).identical);
        QVERIFY(unifiedDiff(*same, 1).isEmpty());
        const auto oneEmpty = compareArtifacts({textOf({}), textOf("a\n")}, 0, {});
        QCOMPARE(oneEmpty->stats(1).added, 1);
        QCOMPARE(unifiedDiff(*oneEmpty, 1), QByteArray("--- x\n+++ x\n@@ -0,0 +1 @@\n+a\n"));
    }

    void candidateWithoutArtifactSaysWhy_data()
    {
        QTest::addColumn<CandidateState>("state");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("says");
        QTest::newRow("failed") << CandidateState::Failed << QStringLiteral("exit status 3")
                                << QStringLiteral("exit status 3");
        QTest::newRow("running") << CandidateState::Running << QString()
                                 << QStringLiteral("still running");
    }

    void candidateWithoutArtifactSaysWhy()
    {
        QFETCH(CandidateState, state);
        QFETCH(QString, error);
        QFETCH(QString, says);
        CandidateResult result;
        result.candidateId = QStringLiteral("beta");
        result.state = state;
        result.errorMessage = error;
        const CompareSource source = CompareSource::fromResult(result, QStringLiteral("run 1"));
        QCOMPARE(source.label, QStringLiteral("run 1 / beta"));
        const auto text = ArtifactText::load(source, {});
        QCOMPARE(text->kind(), ArtifactText::Kind::NoArtifact);
        QVERIFY2(text->problem().contains(says), qPrintable(text->problem()));
        const auto comparison = compareArtifacts({textOf("a\n"), text}, 0, {});
        QCOMPARE(rowsOf(*comparison), QStringLiteral("0=,."));
        QVERIFY(!comparison->allIdentical());
        QVERIFY(unifiedDiff(*comparison, 1).contains(says.toUtf8()));
    }

    // Loaded text stays readable; loading again says the file is gone.
    void artifactDeletedAfterItWasOpened()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir.filePath(QStringLiteral("a.md")), "one\ntwo\n");
        const CompareSource source = sourceNamed(QStringLiteral("alpha"), path);
        const auto loaded = ArtifactText::load(source, {});
        QVERIFY(loaded->isText());
        QVERIFY(loaded->isMarkdown());
        QVERIFY(QFile::remove(path));
        QCOMPARE(loaded->line(1), QStringLiteral("two"));
        const auto again = ArtifactText::load(source, {});
        QCOMPARE(again->kind(), ArtifactText::Kind::Missing);
        QVERIFY2(again->problem().contains(QStringLiteral("no longer there")),
                 qPrintable(again->problem()));
    }

    void unreadableArtifactsSayWhy()
    {
        QTemporaryDir dir;
        const auto folder = ArtifactText::load(sourceNamed(QStringLiteral("a"), dir.path()), {});
        QCOMPARE(folder->kind(), ArtifactText::Kind::Unreadable);
        QVERIFY2(folder->problem().contains(QStringLiteral("not a regular file")),
                 qPrintable(folder->problem()));
        const auto device = ArtifactText::load(
                sourceNamed(QStringLiteral("a"), QStringLiteral("/dev/zero")), {});
        QCOMPARE(device->kind(), ArtifactText::Kind::Unreadable);
    }

    // The two text panes still diff against each other, whichever pane is the baseline.
    void fourPanesTwoBinary_data()
    {
        QTest::addColumn<int>("baseline");
        QTest::addColumn<int>("used");
        QTest::newRow("text baseline") << 2 << 2;
        QTest::newRow("binary baseline") << 1 << 0;
    }

    void fourPanesTwoBinary()
    {
        QFETCH(int, baseline);
        QFETCH(int, used);
        const QByteArray binary("\x00\x01\x02", 3);
        const auto comparison = compareArtifacts(
                {textOf("a\nb\n", QStringLiteral("t1")), textOf(binary, QStringLiteral("b1")),
                 textOf("a\nc\n", QStringLiteral("t2")), textOf(binary, QStringLiteral("b2"))},
                baseline, {});
        QCOMPARE(comparison->requestedBaseline(), baseline);
        QCOMPARE(comparison->baseline(), used);
        QCOMPARE(rowsOf(*comparison), QStringLiteral("0=,.,0=,. 1~,.,1~,."));
        QCOMPARE(comparison->stats(used == 0 ? 2 : 0).changed, 1);
        QCOMPARE(comparison->stats(3).identical, baseline == 1); // the same bytes as pane 1
        QCOMPARE(unifiedDiff(*comparison, baseline == 1 ? 3 : 1),
                 baseline == 1 ? QByteArray() : QByteArray("Binary artifacts t2 and b1 differ\n"));
        QVERIFY(!comparison->allIdentical());
    }

    void jsonIsPrettyPrintedWhenAsked_data()
    {
        QTest::addColumn<bool>("sortKeys");
        QTest::addColumn<QByteArray>("pretty");
        QTest::newRow("keys kept in order")
                << false
                << QByteArray("{\n    \"b\": 1,\n    \"a\": [\n        1,\n        \"x, y\"\n"
                              "    ],\n    \"c\": {}\n}\n");
        QTest::newRow("keys sorted")
                << true
                << QByteArray("{\n    \"a\": [\n        1,\n        \"x, y\"\n    ],\n"
                              "    \"b\": 1,\n    \"c\": {\n    }\n}\n");
    }

    void jsonIsPrettyPrintedWhenAsked()
    {
        QFETCH(bool, sortKeys);
        QFETCH(QByteArray, pretty);
        CompareOptions options;
        options.prettyJson = true;
        options.sortJsonKeys = sortKeys;
        const QByteArray json("{\"b\":1,\"a\":[1,\"x, y\"],\"c\":{}}");
        const auto text = ArtifactText::fromBytes(
                sourceNamed(QStringLiteral("j"), QStringLiteral("out.json")), json, options);
        QVERIFY(text->isJson());
        QVERIFY(text->isPrettyPrinted());
        QCOMPARE(text->bytes(), pretty);
        QCOMPARE(text->size(), qint64(json.size()));
        const auto plain = ArtifactText::fromBytes(sourceNamed(QStringLiteral("j")), json, {});
        QVERIFY(plain->isJson()); // by content
        QVERIFY(!plain->isPrettyPrinted());
        QCOMPARE(plain->lineCount(), 1);
        const auto broken = ArtifactText::fromBytes(
                sourceNamed(QStringLiteral("j"), QStringLiteral("out.json")), "{\"a\": ", options);
        QVERIFY(!broken->isJson()); // named .json, but it does not parse
        QVERIFY(!broken->isPrettyPrinted());
        QCOMPARE(broken->bytes(), QByteArray("{\"a\": "));
    }

    void unifiedDiffMatchesDiffU()
    {
        const auto comparison = compareArtifacts(
                {textOf(linesOf(QStringLiteral("a b c d e f g h i j k l m n o p")),
                        QStringLiteral("A")),
                 textOf(linesOf(QStringLiteral("a b c d E f g h i j k l m o p q")),
                        QStringLiteral("B"))},
                0, {});
        QCOMPARE(unifiedDiff(*comparison, 1),
                 QByteArray("--- A\n+++ B\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
                            "@@ -11,6 +11,6 @@\n k\n l\n m\n-n\n o\n p\n+q\n"));
        UnifiedDiffFormat format;
        format.context = 0;
        format.colour = true;
        format.escape = [](const QString &s) {
            return s.toUpper();
        };
        QCOMPARE(unifiedDiff(*comparison, 1, format),
                 QByteArray("\x1b[1m--- A\x1b[0m\n\x1b[1m+++ B\x1b[0m\n\x1b[36m@@ -5 +5 @@\x1b[0m\n"
                            "\x1b[31m-E\x1b[0m\n\x1b[32m+E\x1b[0m\n\x1b[36m@@ -14 +13,0 @@\x1b[0m\n"
                            "\x1b[31m-N\x1b[0m\n\x1b[36m@@ -16,0 +16 @@\x1b[0m\n"
                            "\x1b[32m+Q\x1b[0m\n"));
        const auto noNewline = compareArtifacts({textOf("a\nb"), textOf("a\nc")}, 0, {});
        QCOMPARE(unifiedDiff(*noNewline, 1),
                 QByteArray("--- x\n+++ x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n"
                            "+c\n\\ No newline at end of file\n"));
    }

    void foldsUnchangedRuns_data()
    {
        QTest::addColumn<QString>("other");
        QTest::addColumn<QList<RowRange>>("ranges");
        QTest::newRow("one change in the middle")
                << QStringLiteral("0 1 2 3 4 5 6 7 8 9 X 11 12 13 14 15 16 17 18 19")
                << QList<RowRange>{{0, 7, true}, {7, 7, false}, {14, 6, true}};
        QTest::newRow("changes at both ends")
                << QStringLiteral("X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 Y")
                << QList<RowRange>{{0, 4, false}, {4, 12, true}, {16, 4, false}};
        QTest::newRow("one row between contexts is shown")
                << QStringLiteral("0 1 X 3 4 5 6 7 8 9 Y 11 12 13 14 15 16 17 18 19")
                << QList<RowRange>{{0, 14, false}, {14, 6, true}};
        QTest::newRow("no change")
                << QStringLiteral("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19")
                << QList<RowRange>{{0, 20, true}};
    }

    void foldsUnchangedRuns()
    {
        QFETCH(QString, other);
        QFETCH(QList<RowRange>, ranges);
        const auto comparison = compareTexts(
                {QStringLiteral("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19"), other});
        QCOMPARE(foldUnchanged(*comparison, 3), ranges);
    }

    void compareJobDropsStaleResults()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir.filePath(QStringLiteral("a.txt")), "one\ntwo\n");
        const QString b = writeFile(dir.filePath(QStringLiteral("b.txt")), "one\nthree\n");
        CompareJob job;
        QSignalSpy finished(&job, &CompareJob::finished);
        job.start({sourceNamed(QStringLiteral("A"), a), sourceNamed(QStringLiteral("B"), b)}, 0,
                  {});
        job.start({sourceNamed(QStringLiteral("B"), b), sourceNamed(QStringLiteral("A"), a)}, 0,
                  {});
        QVERIFY(job.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        auto comparison = finished.at(0).at(0).value<std::shared_ptr<const Comparison>>();
        QCOMPARE(comparison->text(0).source().label, QStringLiteral("B"));

        // Reused while unchanged, whatever the options besides JSON's.
        CompareOptions ignoring;
        ignoring.ignoreCase = true;
        job.start({sourceNamed(QStringLiteral("B"), b), sourceNamed(QStringLiteral("A"), a)}, 1,
                  ignoring);
        QTRY_COMPARE(finished.size(), 2);
        auto again = finished.at(1).at(0).value<std::shared_ptr<const Comparison>>();
        QCOMPARE(again->textPointer(0), comparison->textPointer(0));
        QCOMPARE(again->baseline(), 1);
        CompareOptions json;
        json.prettyJson = true;
        job.start({sourceNamed(QStringLiteral("B"), b), sourceNamed(QStringLiteral("A"), a)}, 0,
                  json);
        QTRY_COMPARE(finished.size(), 3);
        again = finished.at(2).at(0).value<std::shared_ptr<const Comparison>>();
        QVERIFY(again->textPointer(0) != comparison->textPointer(0));

        // Loaded again (and found missing) once deleted.
        QVERIFY(QFile::remove(b));
        job.start({sourceNamed(QStringLiteral("A"), a), sourceNamed(QStringLiteral("B"), b)}, 0,
                  {});
        QTRY_COMPARE(finished.size(), 4);
        comparison = finished.at(3).at(0).value<std::shared_ptr<const Comparison>>();
        QCOMPARE(comparison->text(1).kind(), ArtifactText::Kind::Missing);

        job.start({sourceNamed(QStringLiteral("A"), a), sourceNamed(QStringLiteral("A"), a)}, 0,
                  {});
        job.cancel();
        QVERIFY(!job.isRunning());
        QTest::qWait(200); // the pool's work ends unseen: a cancelled job never reports
        QCOMPARE(finished.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
