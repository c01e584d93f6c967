// PowerShell parse trees of generated scripts, through tree-sitter-powershell (web-tree-sitter),
// plus a model of how PowerShell itself ends a single-quoted string: tree-sitter's grammar knows
// only the ASCII quote, PowerShell also ends one at ‘ ’ ‚ ‛.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

let parser: Parser | undefined;

export async function psParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const pkg = createRequire(import.meta.url).resolve('tree-sitter-powershell/package.json');
  const language = await Language.load(join(dirname(pkg), 'tree-sitter-powershell.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

export function parsePs(p: Parser, text: string): Tree {
  const tree = p.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

// A cursor walk: much faster than Node.children on large trees.
function* nodes(root: Node): Generator<Node> {
  const cursor = root.walk();
  try {
    for (;;) {
      yield cursor.currentNode;
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return;
    }
  } finally {
    cursor.delete();
  }
}

/** ERROR and MISSING nodes as 'line: text'. */
export function syntaxErrors(tree: Tree): string[] {
  return [...nodes(tree.rootNode)].filter((n) => n.type === 'ERROR' || n.isMissing).map((n) => `${n.startPosition.row + 1}: ${n.text.slice(0, 60)}`);
}

/** The names of every command the script calls (command_name nodes). */
export function commandNames(tree: Tree): string[] {
  return [...new Set([...nodes(tree.rootNode)].filter((n) => n.type === 'command_name').map((n) => n.text))].sort();
}

/** The single-quoted string tokens, as written (with their quotes). */
export function verbatimStrings(tree: Tree): Node[] {
  return [...nodes(tree.rootNode)].filter((n) => n.type === 'verbatim_string_characters');
}

/** The tree's shape: node types in order, with string contents and comments left out. */
export function shape(tree: Tree): string {
  return [...nodes(tree.rootNode)]
    .filter((n) => n.type !== 'comment')
    .map((n) => (n.childCount === 0 && n.type !== 'verbatim_string_characters' ? `${n.type}:${n.text}` : n.type))
    .join(' ');
}

const PS_QUOTE = /['\u2018\u2019\u201a\u201b]/;

/** Where PowerShell ends the single-quoted string starting at text[start], and its value. */
export function psVerbatim(text: string, start: number): { end: number; value: string } {
  if (!PS_QUOTE.test(text[start] ?? '')) throw new Error('not a quote');
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (PS_QUOTE.test(c)) {
      if (!PS_QUOTE.test(text[i + 1] ?? '')) return { end: i + 1, value };
      value += c;
      i++;
      continue;
    }
    value += c;
  }
  throw new Error('unterminated string');
}

/** The same as commandNames and verbatimStrings, searched natively: far faster on many trees. */
export function quickScan(tree: Tree): { errors: string[]; commands: string[]; verbatims: Node[] } {
  const root = tree.rootNode;
  const all = (type: string) => root.descendantsOfType(type).filter((n): n is Node => n !== null);
  return {
    errors: root.hasError ? syntaxErrors(tree) : [],
    commands: [...new Set(all('command_name').map((n) => n.text))].sort(),
    verbatims: all('verbatim_string_characters'),
  };
}
