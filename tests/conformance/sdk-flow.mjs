// The official Daytona TypeScript SDK against a Daytona API (the stand-in in CI): the full flow
// of issue 3 item 7, asserting what every call returns. Exits non-zero on the first failure.
//
//   node sdk-flow.mjs --api-url http://127.0.0.1:PORT/api --api-key KEY
//   (or DAYTONA_API_URL / DAYTONA_API_KEY in the environment)

import { Daytona, DaytonaNotFoundError } from '@daytonaio/sdk'
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    'api-url': { type: 'string', default: process.env.DAYTONA_API_URL },
    'api-key': { type: 'string', default: process.env.DAYTONA_API_KEY },
  },
})
const apiUrl = values['api-url']
const apiKey = values['api-key']
if (!apiUrl || !apiKey) {
  console.error('usage: node sdk-flow.mjs --api-url URL --api-key KEY')
  process.exit(2)
}

class FlowFailure extends Error {}

function check(condition, what, actual) {
  if (!condition) {
    throw new FlowFailure(`${what} (got: ${JSON.stringify(actual)})`)
  }
}

let step = ''
const passed = []
async function run(name, body) {
  step = name
  const started = Date.now()
  const result = await body()
  passed.push(name)
  console.log(`ok   ${name} (${Date.now() - started} ms)`)
  return result
}

const daytona = new Daytona({ apiKey, apiUrl, useDeprecatedPolling: true })
const runId = randomUUID()
const labels = { app: 'dreamfoundry-conformance', run: runId }
const script = [
  'import sys',
  "objective = sys.argv[1]",
  "print('stdout:', objective)",
  "print('stderr:', objective, file=sys.stderr)",
  "open(sys.argv[2], 'w', encoding='utf-8').write('artifact: ' + objective)",
  '',
].join('\n')
// Quotes, $(), backticks, a leading dash and UTF-8: it must arrive byte for byte.
const objective = `-n "it's" $(echo no) \`no\` ünï ✓`
let sandbox

try {
  sandbox = await run('create with labels and autoDeleteInterval', async () => {
    const created = await daytona.create({ labels, autoDeleteInterval: 30, autoStopInterval: 15 }, { timeout: 60 })
    check(typeof created.id === 'string' && created.id.length > 0, 'create returns an id', created.id)
    check(created.state === 'started', 'create waits until started', created.state)
    check(created.labels?.app === labels.app && created.labels?.run === runId, 'create keeps the labels', created.labels)
    check(created.labels?.['code-toolbox-language'] === 'python', 'the SDK adds its language label', created.labels)
    check(created.autoDeleteInterval === 30, 'create keeps autoDeleteInterval', created.autoDeleteInterval)
    check(created.autoStopInterval === 15, 'create keeps autoStopInterval', created.autoStopInterval)
    check(typeof created.toolboxProxyUrl === 'string' && created.toolboxProxyUrl.startsWith('http'),
      'create returns a toolboxProxyUrl', created.toolboxProxyUrl)
    return created
  })

  await run('get', async () => {
    const got = await daytona.get(sandbox.id)
    check(got.id === sandbox.id, 'get returns the same sandbox', got.id)
    check(got.state === 'started', 'get says started', got.state)
    check(got.labels?.run === runId, 'get returns the labels', got.labels)
    check(got.name === sandbox.name, 'get returns the name', got.name)
  })

  await run('list by labels', async () => {
    const found = []
    for await (const item of daytona.list({ labels: { run: runId } })) {
      found.push(item)
    }
    check(found.length === 1 && found[0].id === sandbox.id, 'list by labels finds exactly this sandbox',
      found.map((s) => s.id))
    const none = []
    for await (const item of daytona.list({ labels: { run: `${runId}-nobody` } })) {
      none.push(item.id)
    }
    check(none.length === 0, 'list by other labels finds nothing', none)
  })

  await run('upload a file', async () => {
    await sandbox.fs.uploadFile(Buffer.from(script, 'utf-8'), '/home/daytona/candidate.py')
    await sandbox.fs.uploadFile(Buffer.from(objective, 'utf-8'), 'objective.txt')
  })

  await run('process.executeCommand', async () => {
    const response = await sandbox.process.executeCommand(
      'python3 candidate.py "$(cat objective.txt)" sync.md && echo "$PWD $EXTRA"', undefined, { EXTRA: 'env-ok' }, 30)
    check(response.exitCode === 0, 'executeCommand exit code', response)
    check(response.result.includes(`stdout: ${objective}\n`), 'executeCommand result carries stdout', response.result)
    check(response.result.includes(`stderr: ${objective}\n`), 'executeCommand result carries stderr', response.result)
    check(response.result.includes('/home/daytona env-ok'), 'executeCommand runs in /home/daytona with envs',
      response.result)
    const failing = await sandbox.process.executeCommand('exit 7')
    check(failing.exitCode === 7, 'executeCommand reports a failing exit code', failing)
  })

  await run('session command with runAsync and streamed logs', async () => {
    const sessionId = `flow-${runId}`
    await sandbox.process.createSession(sessionId)
    const exec = await sandbox.process.executeSessionCommand(sessionId, {
      command: 'python3 candidate.py "$(cat objective.txt)" streamed.md; sleep 0.5; echo done',
      runAsync: true,
    })
    check(typeof exec.cmdId === 'string' && exec.cmdId.length > 0, 'runAsync returns a cmdId', exec)
    let out = ''
    let err = ''
    await sandbox.process.getSessionCommandLogs(sessionId, exec.cmdId, (chunk) => {
      out += chunk
    }, (chunk) => {
      err += chunk
    })
    check(out === `stdout: ${objective}\ndone\n`, 'streamed stdout, demultiplexed', out)
    check(err === `stderr: ${objective}\n`, 'streamed stderr, demultiplexed', err)
    const command = await sandbox.process.getSessionCommand(sessionId, exec.cmdId)
    check(command.exitCode === 0, 'the command status has exit code 0 once done', command)
    check(command.id === exec.cmdId, 'the command status names the command', command)
    const logs = await sandbox.process.getSessionCommandLogs(sessionId, exec.cmdId)
    check(logs.stdout === out && logs.stderr === err, 'the log snapshot matches the stream', logs)
    await sandbox.process.deleteSession(sessionId)
  })

  await run('download', async () => {
    const streamed = await sandbox.fs.downloadFile('/home/daytona/streamed.md')
    check(streamed.toString('utf-8') === `artifact: ${objective}`, 'downloaded artifact content',
      streamed.toString('utf-8'))
    const sync = await sandbox.fs.downloadFile('sync.md')
    check(sync.toString('utf-8') === `artifact: ${objective}`, 'downloaded artifact (relative path)',
      sync.toString('utf-8'))
    let missing
    try {
      await sandbox.fs.downloadFile('/home/daytona/never-written.md')
    } catch (error) {
      missing = error
    }
    check(missing !== undefined, 'downloading a missing file fails', String(missing))
  })

  await run('delete', async () => {
    await sandbox.delete()
  })

  await run('get after delete gives 404', async () => {
    const deadline = Date.now() + 15000
    for (;;) {
      try {
        const after = await daytona.get(sandbox.id)
        check(after.state === 'destroying', 'a deleted sandbox is destroying until it is gone', after.state)
      } catch (error) {
        check(error instanceof DaytonaNotFoundError, 'get after delete fails with not found', String(error))
        check(error.statusCode === 404, 'get after delete is a 404', error.statusCode)
        return
      }
      check(Date.now() < deadline, 'the deleted sandbox is gone within 15 s', sandbox.id)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })
  sandbox = undefined
  console.log(`conformance: all ${passed.length} steps passed`)
  process.exitCode = 0
} catch (error) {
  console.error(`FAIL ${step}: ${error instanceof FlowFailure ? error.message : error?.stack ?? error}`)
  if (error?.statusCode) {
    console.error(`     HTTP status ${error.statusCode}`)
  }
  process.exitCode = 1
} finally {
  if (sandbox) {
    await sandbox.delete().catch(() => {})
  }
  await daytona[Symbol.asyncDispose]?.()
}
