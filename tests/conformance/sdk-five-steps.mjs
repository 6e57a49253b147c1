// The original Dream Foundry's five steps per candidate, done with the official Daytona SDK for
// N candidates at once (Promise.all): create, upload the script, run it with the objective and
// an output path, download the artifact, delete. The performance benchmark compares the app
// against this on the same stand-in.
//
//   node sdk-five-steps.mjs --api-url URL --api-key KEY [--candidates 20] [--script file.py]
//                           [--objective TEXT]
// prints one JSON line: {"candidates":N,"wall_seconds":S,"failures":F,"per_candidate":[...]}
// and exits 1 when any candidate failed. Import runFiveSteps() to use it from another script.

import { Daytona } from '@daytonaio/sdk'
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const defaultScript = [
  'import sys',
  "open(sys.argv[2], 'w').write('# ' + sys.argv[1] + '\\n')",
  "print('done')",
  '',
].join('\n')

export async function runFiveSteps({ apiUrl, apiKey, candidates = 20, script = defaultScript,
  objective = 'Generate weekly AI events for Discord' }) {
  const daytona = new Daytona({ apiKey, apiUrl, useDeprecatedPolling: true })
  const runLabel = `bench-${Date.now()}`
  const one = async (index) => {
    const started = Date.now()
    const id = `c${index}`
    let sandbox
    try {
      sandbox = await daytona.create({ labels: { app: 'dreamfoundry-bench', run: runLabel, candidate: id } })
      await sandbox.fs.uploadFile(Buffer.from(script, 'utf-8'), `/home/daytona/${id}.py`)
      const quoted = `'${objective.replaceAll("'", "'\\''")}'`
      const run = await sandbox.process.executeCommand(
        `python3 /home/daytona/${id}.py ${quoted} /home/daytona/${id}_output.md`)
      const artifact = await sandbox.fs.downloadFile(`/home/daytona/${id}_output.md`)
      return { candidate: id, ok: run.exitCode === 0, exitCode: run.exitCode, artifactBytes: artifact.length,
        seconds: (Date.now() - started) / 1000 }
    } catch (error) {
      return { candidate: id, ok: false, error: String(error?.message ?? error), seconds: (Date.now() - started) / 1000 }
    } finally {
      if (sandbox) {
        await sandbox.delete().catch(() => {})
      }
    }
  }
  const started = Date.now()
  const results = await Promise.all(Array.from({ length: candidates }, (_, i) => one(i + 1)))
  const wallSeconds = (Date.now() - started) / 1000
  await daytona[Symbol.asyncDispose]?.()
  return { candidates, wall_seconds: wallSeconds, failures: results.filter((r) => !r.ok).length,
    per_candidate: results }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      'api-url': { type: 'string', default: process.env.DAYTONA_API_URL },
      'api-key': { type: 'string', default: process.env.DAYTONA_API_KEY },
      candidates: { type: 'string', default: '20' },
      script: { type: 'string' },
      objective: { type: 'string' },
    },
  })
  if (!values['api-url'] || !values['api-key']) {
    console.error('usage: node sdk-five-steps.mjs --api-url URL --api-key KEY [--candidates N]')
    process.exit(2)
  }
  const result = await runFiveSteps({
    apiUrl: values['api-url'],
    apiKey: values['api-key'],
    candidates: Number.parseInt(values.candidates, 10),
    script: values.script ? await readFile(values.script, 'utf-8') : undefined,
    objective: values.objective,
  })
  console.log(JSON.stringify(result))
  process.exitCode = result.failures === 0 ? 0 : 1
}
