// Where the documents check finds LibreOffice (to turn DOCX into PDF) and poppler's tools (to
// read the PDF back; the unit tests of renderPdf use them too). On Debian: `apt-get install --no-install-recommends libreoffice-writer
// poppler-utils`; `npm test` installs them by itself when run as root (scripts/newcomer.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** Whether a command is on the PATH. */
function onPath(command) {
  const which = process.platform === 'win32' ? 'where' : 'which';
  return spawnSync(which, [command], { encoding: 'utf8' }).status === 0;
}

/** LibreOffice's `soffice`: `$SOFFICE_PATH` when set, else the first one installed. */
export function findSoffice() {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return (
    SOFFICE_CANDIDATES.find((candidate) => existsSync(candidate)) ??
    (onPath('soffice') ? 'soffice' : undefined)
  );
}

/** Whether poppler's `pdftotext` and `pdfinfo` are there. */
export function hasPoppler() {
  return onPath('pdftotext') && onPath('pdfinfo');
}

/** The Debian packages that bring what is missing (none when everything is there). */
export function missingOfficePackages() {
  return [
    ...(findSoffice() ? [] : ['libreoffice-writer']),
    ...(hasPoppler() ? [] : ['poppler-utils']),
  ];
}
