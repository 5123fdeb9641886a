/**
 * BENCHMARKS.md is partly written by the bench scripts: each owns a section between
 * `<!-- NAME:start -->` and `<!-- NAME:end -->` (adversarial, scale). One splice for all of them.
 */

/** Replaces section NAME of `md` with `section` (which carries its markers), else adds it before the first `## ` heading after the main table. */
export function spliceSection(md, name, section) {
  const re = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
  if (re.test(md)) return md.replace(re, () => section);
  const at = md.indexOf('\n## ');
  return at < 0 ? md + '\n' + section + '\n' : md.slice(0, at + 1) + section + '\n\n' + md.slice(at + 1);
}
