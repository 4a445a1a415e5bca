//! The module graph of a crate, read from its files: every module file
//! with the paths it names through `crate::`, `super::` or a module a `use`
//! brought in (`use crate::ui;` … `ui::pages::state()`), each resolved to
//! the deepest module it reaches. `tests/module_graph.rs` looks for cycles
//! in it; `tests/locales.rs` follows it to find what the first view uses.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module's path inside its crate: `["ui", "pages"]`.
pub type Module = Vec<String>;

/// Every module file of the crate whose source is in `src`, with its text.
pub fn modules(src: &Path) -> BTreeMap<Module, String> {
    fn walk(dir: &Path, base: &Path, out: &mut BTreeMap<Module, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(base).unwrap();
            if path.is_dir() {
                if rel != Path::new("bin") {
                    walk(&path, base, out);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let mut module: Module = rel
                .with_extension("")
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            match module.last().map(String::as_str) {
                Some("lib" | "main") if module.len() == 1 => continue,
                Some("mod") => {
                    module.pop();
                }
                _ => {}
            }
            out.insert(module, std::fs::read_to_string(&path).unwrap());
        }
    }
    let mut out = BTreeMap::new();
    walk(src, src, &mut out);
    out
}

/// The code without its comments and the contents of its string literals,
/// so that neither a comment nor a text that mentions `crate::x` counts.
pub fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let (mut i, mut in_string) = (0, false);
    while i < b.len() {
        if in_string {
            match b[i] {
                b'\\' => i += 1,
                b'"' => {
                    in_string = false;
                    out.push(b'"');
                }
                _ => {}
            }
        } else if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        } else if b[i..].starts_with(b"'\"'") {
            // The character literal '"' opens no string.
            i += 3;
            continue;
        } else {
            in_string = b[i] == b'"';
            out.push(b[i]);
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Reads a path tree at `s[*i..]` — `a::b::{c, d::e as f, self}` — and
/// pushes every full path under `prefix`.
pub fn parse_tree(s: &[u8], i: &mut usize, prefix: Module, out: &mut Vec<Module>) {
    let mut prefix = prefix;
    loop {
        while *i < s.len() && s[*i].is_ascii_whitespace() {
            *i += 1;
        }
        if s.get(*i) == Some(&b'{') {
            *i += 1;
            loop {
                parse_tree(s, i, prefix.clone(), out);
                // Skip `as x` and anything else up to the separator.
                let mut depth = 0;
                while *i < s.len() {
                    match s[*i] {
                        b'{' => depth += 1,
                        b'}' if depth == 0 => break,
                        b'}' => depth -= 1,
                        b',' if depth == 0 => break,
                        _ => {}
                    }
                    *i += 1;
                }
                match s.get(*i) {
                    Some(b',') => *i += 1,
                    _ => {
                        *i += 1;
                        return;
                    }
                }
                while *i < s.len() && s[*i].is_ascii_whitespace() {
                    *i += 1;
                }
                if s.get(*i) == Some(&b'}') {
                    *i += 1;
                    return;
                }
            }
        }
        let start = *i;
        while *i < s.len() && is_ident(s[*i]) {
            *i += 1;
        }
        let ident = String::from_utf8_lossy(&s[start..*i]).into_owned();
        if s[*i..].starts_with(b"::") && !ident.is_empty() {
            *i += 2;
            prefix.push(ident);
            continue;
        }
        if !ident.is_empty() && ident != "self" {
            prefix.push(ident);
        }
        out.push(prefix);
        return;
    }
}

/// Where `word::` starts a path in `text` (not in the middle of one).
pub fn starts_of(text: &str, word: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let pat = format!("{word}::");
    text.match_indices(&pat)
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || !(is_ident(b[i - 1]) || b[i - 1] == b':' || b[i - 1] == b'$'))
        .map(|i| i + pat.len())
        .collect()
}

/// The deepest known module a path reaches; `None` for the crate root.
pub fn resolve(path: &[String], known: &BTreeSet<Module>) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| known.contains(m))
}

/// Edges between module files: who names whom.
pub fn edges(mods: &BTreeMap<Module, String>) -> BTreeMap<Module, BTreeSet<Module>> {
    let known: BTreeSet<Module> = mods.keys().cloned().collect();
    let mut graph = BTreeMap::new();
    for (module, text) in mods {
        let text = code_only(text);
        let s = text.as_bytes();
        let mut paths = Vec::new();
        for at in starts_of(&text, "crate") {
            parse_tree(s, &mut at.clone(), Vec::new(), &mut paths);
        }
        let parent: Module = module[..module.len() - 1].to_vec();
        for at in starts_of(&text, "super") {
            parse_tree(s, &mut at.clone(), parent.clone(), &mut paths);
        }
        // Modules brought in by name (`use crate::ui;`) and used as `ui::…`.
        let aliases: BTreeSet<Module> = paths
            .iter()
            .filter(|p| known.contains(*p))
            .cloned()
            .collect();
        for alias in aliases {
            let name = alias.last().unwrap().clone();
            for at in starts_of(&text, &name) {
                parse_tree(s, &mut at.clone(), alias.clone(), &mut paths);
            }
        }
        let targets: BTreeSet<Module> = paths
            .iter()
            .filter_map(|p| resolve(p, &known))
            .filter(|m| m != module)
            .collect();
        graph.insert(module.clone(), targets);
    }
    graph
}

/// The same graph between top-level modules (`ui::pages` counts as `ui`).
pub fn top_level(graph: &BTreeMap<Module, BTreeSet<Module>>) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut top: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (from, tos) in graph {
        let f = vec![from[0].clone()];
        let entry = top.entry(f.clone()).or_default();
        for to in tos {
            let t = vec![to[0].clone()];
            if t != f {
                entry.insert(t);
            }
        }
    }
    top
}

/// One cycle, as a list of modules, if there is any.
pub fn find_cycle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<String>> {
    fn visit(
        m: &Module,
        graph: &BTreeMap<Module, BTreeSet<Module>>,
        done: &mut BTreeSet<Module>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|x| x == m) {
            let mut cycle: Vec<String> = stack[i..].iter().map(|x| x.join("::")).collect();
            cycle.push(m.join("::"));
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        stack.push(m.clone());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, done, stack) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(m.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, graph, &mut done, &mut Vec::new()))
}

/// The graph of the crate whose source folder is `src` (relative to the
/// workspace root).
pub fn crate_graph(src: &str) -> BTreeMap<Module, BTreeSet<Module>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    edges(&modules(&root.join(src)))
}
