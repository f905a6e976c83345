// `pnpm cli import-plan <file> [--dry-run] [--json] [--zone <name>] [--region <name>]`
// Reads a plan as .txt (UTF-8) or .docx (its raw text, through mammoth), parses it, and either
// prints it (--dry-run; with --json exactly the import JSON and nothing else on stdout) or stores
// it as a draft action plan of the zone. Progress and warnings go to stderr.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allActions, parsePlanText, toImportJson, type ParsedPlan } from '@kruispunt/shared';
import { config } from '../../config';
import { openDatabase } from '../../database';
import { PlanImportService } from './import.service';
import { planFileKind, planTextOf, UNSUPPORTED_FILE } from './plan-file';

/** The text of a plan file (see plan-file.ts); mammoth's warnings go to stderr. */
export async function readPlanFile(file: string): Promise<string> {
  const kind = planFileKind(path.basename(file));
  if (!kind) throw new Error(`Kan ${path.basename(file)} niet lezen: ${UNSUPPORTED_FILE}`);
  const { text, warnings } = await planTextOf(fs.readFileSync(file), kind);
  for (const w of warnings) process.stderr.write(`mammoth: ${w}\n`);
  return text;
}

function summary(parsed: ParsedPlan): string {
  const actions = allActions(parsed);
  const unplaced = parsed.unplaced.length + actions.reduce((n, a) => n + a.unplaced.length, 0);
  const ods = parsed.strategicGoals.reduce((n, s) => n + s.operationalGoals.length, 0);
  return `${parsed.zone ?? '(zone niet gevonden)'} ${parsed.years.join(', ') || '(geen jaar)'}: ${parsed.strategicGoals.filter((s) => s.number).length} SD, ${ods} OD, ${actions.length} acties, ${unplaced} niet geplaatste tekstdelen`;
}

function tree(parsed: ParsedPlan): string {
  const out: string[] = [summary(parsed)];
  const line = (a: ParsedPlan['actionsWithoutGoal'][number], indent: string) =>
    out.push(
      `${indent}- ${a.number ? `${a.number} ` : ''}${a.title} [${['process', 'output', 'outcome'].filter((k) => a.evaluation[k as 'process'].chosen).join(', ') || 'geen evaluatie'}] (regel ${a.line})`,
    );
  for (const sd of parsed.strategicGoals) {
    out.push(`SD ${sd.number ?? '-'} ${sd.title}`);
    for (const od of sd.operationalGoals) {
      out.push(`  OD ${od.number} ${od.title}`);
      for (const a of od.actions) line(a, '    ');
    }
    for (const a of sd.actions) line(a, '  ');
  }
  if (parsed.actionsWithoutGoal.length) out.push('Zonder doelstelling');
  for (const a of parsed.actionsWithoutGoal) line(a, '  ');
  return out.join('\n');
}

export const importPlanCommand = {
  help: '<file.txt|file.docx> [--dry-run] [--json] [--zone name] [--region name]  (without --dry-run: stores a draft plan)',
  run: async (args: string[]): Promise<void> => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        zone: { type: 'string' },
        region: { type: 'string' },
      },
    });
    const [given] = positionals;
    if (!given) throw new Error(`Gebruik: pnpm cli import-plan ${importPlanCommand.help}`);
    // `pnpm cli` runs in packages/api: a relative path is meant from where the command was typed.
    const file = path.resolve(config.invocationDir, given);
    if (!fs.existsSync(file)) throw new Error(`Bestand niet gevonden: ${file}`);
    const parsed = parsePlanText(await readPlanFile(file));
    process.stderr.write(`${path.basename(file)}: ${summary(parsed)}\n`);

    if (values['dry-run']) {
      process.stdout.write(values.json ? `${JSON.stringify(toImportJson(parsed), null, 2)}\n` : `${tree(parsed)}\n`);
      return;
    }

    const zone = values.zone ?? parsed.zone;
    if (!zone) throw new Error('De tekst noemt geen zone: geef --zone <naam>.');
    // Database messages (embedded PostgreSQL, migrations) go to stderr: stdout is the result.
    const log = console.log;
    console.log = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
    const { db, close } = await openDatabase().finally(() => {
      console.log = log;
    });
    try {
      const result = await new PlanImportService(db).importPlan(parsed, { zone, region: values.region ?? null, source: path.basename(file) });
      if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        const plans = result.actionPlans.map((p) => `${p.year} (${p.actions} acties)`).join(', ');
        process.stdout.write(
          `Ontwerp-actieplan ${plans} opgeslagen voor ${zone}${result.zoneCreated ? ' (nieuwe zone)' : ''}: ` +
            `${result.counts.strategicGoals} SD, ${result.counts.operationalGoals} OD, ${result.counts.actions} acties, ` +
            `${result.counts.steps} stappen, ${result.counts.indicators} indicatoren.\n`,
        );
        if (result.unplacedBeforeFirstAction) {
          process.stderr.write(`${result.unplacedBeforeFirstAction} tekstdelen vóór de eerste actie staan in de auditregel van het plan (geen veld in het actieplan).\n`);
        }
      }
    } finally {
      await close();
    }
  },
};
