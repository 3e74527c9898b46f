/**
 * test helper — a TH SarabunPSK-metric test face (spec section 8) and a fontconfig file that
 * finds it. Laksaman is TH Sarabun New drawn 150.42 % larger; setting head.unitsPerEm to 1504
 * (coordinates untouched) gives TH SarabunPSK's true size, and renaming it to "TH SarabunPSK"
 * lets LibreOffice render our DOCX as Word would. Built at test set-up; never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MetricFontSetup {
  readonly fontsDir: string;
  /** Value for FONTCONFIG_FILE: the system configuration plus `fontsDir`. */
  readonly fontconfigFile: string;
}

const SOURCES = [
  { file: '/usr/share/fonts/truetype/tlwg/Laksaman.ttf', out: 'THSarabunPSK-metric.ttf', style: 'Regular' },
  { file: '/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf', out: 'THSarabunPSK-metric-Bold.ttf', style: 'Bold' },
] as const;

/** fontTools script: argv = source, destination, style. Debian's python3-fonttools (/usr/bin/python3). */
const RENAME_SCRIPT = `
import sys
from fontTools.ttLib import TTFont
src, dst, style = sys.argv[1:4]
font = TTFont(src)
font['head'].unitsPerEm = 1504
family = 'TH SarabunPSK'
full = family if style == 'Regular' else family + ' ' + style
ps = 'THSarabunPSK' if style == 'Regular' else 'THSarabunPSK-' + style
for record in font['name'].names:
    if record.nameID in (1, 16):
        record.string = family
    elif record.nameID == 4:
        record.string = full
    elif record.nameID == 6:
        record.string = ps
    elif record.nameID in (2, 17):
        record.string = style
font.save(dst)
`;

export function metricFontAvailable(): boolean {
  return SOURCES.every((s) => existsSync(s.file)) && existsSync('/usr/bin/python3');
}

export function setupMetricFont(root = join(tmpdir(), 'saraban-metric-font')): MetricFontSetup {
  const fontsDir = join(root, 'fonts');
  const cacheDir = join(root, 'cache');
  mkdirSync(fontsDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  const script = join(root, 'rename.py');
  writeFileSync(script, RENAME_SCRIPT);
  for (const source of SOURCES) {
    const target = join(fontsDir, source.out);
    if (!existsSync(target)) execFileSync('/usr/bin/python3', [script, source.file, target, source.style]);
  }
  const fontconfigFile = join(root, 'fonts.conf');
  writeFileSync(
    fontconfigFile,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fontsDir}</dir>
  <cachedir>${cacheDir}</cachedir>
</fontconfig>
`,
  );
  return { fontsDir, fontconfigFile };
}
