//! The glossary (`locales/glossary.toml`) holds in every language:
//! - each Swedish name the texts keep (Arbetsförmedlingen, Statens
//!   servicecenter, Mina sidor, nystartsjobb, …) is explained where a page
//!   first names it — on every page where it appears, because each page may
//!   be read alone (a shared link, a printed result, a QR code);
//! - each concept (county, computer, the report, the statement, …) has one
//!   word per language, and no message uses a second one.
//!
//! "The messages a page shows, in order" come from the code: the pages are
//! the components that set the page title (`use_page_title`), read in source
//! order with the components they use expanded in place; what a page shows
//! that the domain decides (a question's options, a result's steps, reasons
//! and alternatives, the answers on the check page) comes from the domain's
//! own tables, for every answer set the flow can reach. The one hand-made
//! part is [`slots`]: which domain data each non-literal id expression in
//! those components stands for. An expression it does not know fails the
//! test, so a changed component cannot slip past.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use common::{ftl_path, read, root};
use fluent_syntax::ast;
use serde::Deserialize;
use vagvisare::i18n::Locale;
use vagvisare_domain::answers::{Answers, MunicipalityAnswer};
use vagvisare_domain::flow::{self, Question};
use vagvisare_domain::journey;
use vagvisare_domain::routing::{self, Contact, Outcome};
use vagvisare_domain::url_state::UrlState;

// --- The glossary -----------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    name: Vec<Name>,
    concept: Vec<Concept>,
    /// Read by tests/common/dates.rs and tests/locales.rs.
    #[allow(dead_code)]
    forms: toml::Value,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Name {
    name: String,
    #[serde(default)]
    explained: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    plain: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Concept {
    concept: String,
    sv: Vec<String>,
    #[serde(rename = "use")]
    uses: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    avoid: BTreeMap<String, Vec<String>>,
}

fn glossary_text() -> String {
    read(&root().join("locales/glossary.toml"))
}

fn parse_glossary(text: &str) -> Glossary {
    toml::from_str(text).unwrap_or_else(|e| panic!("locales/glossary.toml: {e}"))
}

/// Every name says, for every language, how it is explained or why it
/// needs no explanation; every concept names its word in every language
/// but Swedish (whose words are `sv`). No other language code appears.
fn glossary_problems(g: &Glossary) -> Vec<String> {
    let codes: BTreeSet<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    let mut problems = vec![];
    for n in &g.name {
        for l in Locale::ALL {
            let c = l.code();
            match (n.explained.get(c), n.plain.get(c)) {
                (Some(e), None) if !e.is_empty() && e.iter().all(|s| !s.trim().is_empty()) => {}
                (None, Some(reason)) if !reason.trim().is_empty() => {}
                _ => problems.push(format!(
                    "name {:?}: {c} needs either explained (non-empty) or plain (a reason)",
                    n.name
                )),
            }
        }
        for c in n.explained.keys().chain(n.plain.keys()) {
            if !codes.contains(c.as_str()) {
                problems.push(format!("name {:?}: unknown language {c}", n.name));
            }
        }
    }
    for k in &g.concept {
        for l in Locale::ALL.into_iter().filter(|l| *l != Locale::SOURCE) {
            if k.uses.get(l.code()).is_none_or(|u| u.is_empty()) {
                problems.push(format!("concept {:?}: no word for {}", k.concept, l.code()));
            }
        }
        for c in k.uses.keys().chain(k.avoid.keys()) {
            if !codes.contains(c.as_str()) || c == Locale::SOURCE.code() {
                problems.push(format!("concept {:?}: unexpected language {c}", k.concept));
            }
        }
    }
    problems
}

// --- The texts --------------------------------------------------------------

/// One language's messages as plain text: every variant of a select joined,
/// variables as `{$name}`, string literals as their text.
type Texts = BTreeMap<String, String>;

fn pattern_text(p: &ast::Pattern<String>, out: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(e: &ast::Expression<String>, out: &mut String) {
    match e {
        ast::Expression::Inline(i) => inline_text(i, out),
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                out.push(' ');
                pattern_text(&v.value, out);
                out.push(' ');
            }
        }
    }
}

fn inline_text(i: &ast::InlineExpression<String>, out: &mut String) {
    match i {
        ast::InlineExpression::StringLiteral { value } => out.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            out.push_str(&format!("{{${}}}", id.name))
        }
        ast::InlineExpression::Placeable { expression } => expression_text(expression, out),
        other => out.push_str(&format!("{other:?}")),
    }
}

fn texts_of(ftl: &str) -> Texts {
    let resource = fluent_syntax::parser::parse(ftl.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{} syntax error(s): {errors:?}", errors.len()));
    let mut out = Texts::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut text = String::new();
            if let Some(value) = &m.value {
                pattern_text(value, &mut text);
            }
            out.insert(m.id.name.clone(), text);
        }
    }
    out
}

/// Every message of a language, from every file (boot.ftl included).
fn texts(locale: Locale) -> Texts {
    let mut out = Texts::new();
    for file in vagvisare::prerender::build_ftl_files() {
        out.extend(texts_of(&read(&ftl_path(locale, file))));
    }
    out
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn contains(text: &str, piece: &str) -> bool {
    lower(text).contains(&lower(piece))
}

// --- The pages: the messages each shows, in order ---------------------------

/// A message on a page, and whether it is a heading (a heading names, the
/// text under it explains).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    id: String,
}

impl Shown {
    fn is_heading(&self) -> bool {
        self.id.ends_with("-title") || self.id.ends_with("-heading") || self.id == "header-tagline"
    }
}

#[derive(Debug)]
struct Page {
    name: String,
    shown: Vec<Shown>,
}

/// A function of `src/` found by name: its file's text and its body.
struct FnDef {
    file: PathBuf,
    body: String,
    component: bool,
}

/// What a function body asks for, in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// A literal message id, or a `const` holding one.
    Id(String),
    /// A message shown only in Swedish (`t_sv`), whatever the language.
    Swedish(String),
    /// A non-literal id expression (`step.text_id`, `question.title_id()`).
    Slot(String),
    /// `<Component …>` or a call of a function of the same file.
    Use(String),
}

fn rust_files(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Skips a string literal starting at `i` (a `"`); returns the index after it.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// The index after a char literal (`'"'`, `'\\n'`) at `i`, if there is one
/// (a lifetime such as `'static` is not one).
fn skip_char(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'\'') {
        return None;
    }
    if b.get(i + 1) == Some(&b'\\') {
        return (i + 3..i + 12)
            .find(|j| b.get(*j) == Some(&b'\''))
            .map(|j| j + 1);
    }
    let len = std::str::from_utf8(&b[i + 1..(i + 5).min(b.len())])
        .ok()
        .or_else(|| std::str::from_utf8(&b[i + 1..i + 2]).ok())
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8);
    (b.get(i + 1 + len) == Some(&b'\'')).then_some(i + 2 + len)
}

/// The index after the bracket that closes the one at `open`.
fn matching(b: &[u8], open: usize) -> usize {
    let (o, c) = (b[open], if b[open] == b'(' { b')' } else { b'}' });
    let mut depth = 0;
    let mut i = open;
    while i < b.len() {
        if let Some(next) = skip_char(b, i) {
            i = next;
            continue;
        }
        match b[i] {
            b'"' => {
                i = skip_string(b, i);
                continue;
            }
            x if x == o => depth += 1,
            x if x == c => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    panic!("unbalanced brackets");
}

/// Every `fn name(…) … { body }` of the files, by name: components by their
/// name, other functions as `file-stem::name` (they are only followed from
/// their own file).
fn functions(files: &[PathBuf]) -> BTreeMap<String, FnDef> {
    let mut out = BTreeMap::new();
    for file in files {
        let text = read(file);
        let b = text.as_bytes();
        let stem = file.file_stem().unwrap().to_string_lossy().to_string();
        let mut from = 0;
        while let Some(pos) = text[from..].find("fn ") {
            let at = from + pos;
            from = at + 3;
            if at > 0 && (b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_') {
                continue;
            }
            let name: String = text[at + 3..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let after = at + 3 + name.len();
            if name.is_empty() || !text[after..].starts_with(['(', '<']) {
                continue;
            }
            let Some(paren) = text[after..].find('(').map(|p| after + p) else {
                continue;
            };
            let params_end = matching(b, paren);
            let Some(open) = text[params_end..].find(['{', ';']).map(|p| params_end + p) else {
                continue;
            };
            if b[open] == b';' {
                continue;
            }
            let end = matching(b, open);
            let before = &text[text[..at].rfind("\n\n").unwrap_or(0)..at];
            let component = before.contains("#[component]");
            let key = if component {
                name.clone()
            } else {
                format!("{stem}::{name}")
            };
            out.insert(
                key,
                FnDef {
                    file: file.clone(),
                    body: text[open..end].to_string(),
                    component,
                },
            );
            from = end;
        }
    }
    out
}

/// The string a `const NAME: &str = "…";` (or `= msg("…");`) of `file` holds.
fn const_literal(file: &str, name: &str) -> Option<String> {
    let decl = format!("const {name}: &str = ");
    let rest = &file[file.find(&decl)? + decl.len()..];
    let rest = rest.strip_prefix("msg(").unwrap_or(rest);
    let lit = rest.strip_prefix('"')?;
    Some(lit[..lit.find('"')?].to_string())
}

/// The calls that take a message id as their first argument.
const ID_CALLS: [&str; 8] = [
    "t(",
    "t_args(",
    "t_plain(",
    "t_plain_args(",
    "t_for(",
    "msg(",
    "t_sv(",
    "t_sv_args(",
];

/// The tokens of one function body, in source order.
fn tokens(def: &FnDef, fns: &BTreeMap<String, FnDef>) -> Vec<Token> {
    let file = read(&def.file);
    let stem = def.file.file_stem().unwrap().to_string_lossy().to_string();
    let body = def.body.as_str();
    let b = body.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let argument = |rest: &str, swedish: bool| -> Token {
        let rest = rest.trim_start();
        if let Some(lit) = rest.strip_prefix('"') {
            let id = lit[..lit.find('"').unwrap()].to_string();
            return if swedish {
                Token::Swedish(id)
            } else {
                Token::Id(id)
            };
        }
        let mut depth = 0i32;
        let expr: String = rest
            .chars()
            .take_while(|c| {
                match c {
                    '(' => depth += 1,
                    ')' if depth == 0 => return false,
                    ')' => depth -= 1,
                    ',' | ' ' | '\n' if depth == 0 => return false,
                    '/' if depth == 0 => return false,
                    _ => {}
                }
                true
            })
            .collect();
        let is_const = expr.len() > 1
            && expr
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        match (is_const, const_literal(&file, &expr)) {
            (true, Some(id)) if swedish => Token::Swedish(id),
            (true, Some(id)) => Token::Id(id),
            _ => Token::Slot(expr),
        }
    };
    // Closures that show a message by id (`let t = move |id: &'static str|
    // move || i18n.t(id);`) are called like `t(` with literal ids too.
    let mut calls: Vec<String> = ID_CALLS.iter().map(|c| c.to_string()).collect();
    let mut swedish_calls: Vec<String> = vec!["t_sv(".into(), "t_sv_args(".into()];
    let mut from = 0;
    while let Some(pos) = body[from..].find("let ") {
        let at = from + pos + 4;
        from = at;
        let name: String = body[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let rest = body[at + name.len()..].trim_start();
        if rest.starts_with("= move |") && rest.contains("&'static str|") {
            let head = &rest[..rest.find('\n').unwrap_or(rest.len())];
            if head.contains("&'static str|") {
                calls.push(format!("{name}("));
                if head.contains("t_sv") {
                    swedish_calls.push(format!("{name}("));
                }
            }
        }
    }
    let mut out = vec![];
    let mut i = 1; // past the body's opening brace
    while i < b.len() {
        if b[i] == b'"' {
            i = skip_string(b, i);
            continue;
        }
        if let Some(next) = skip_char(b, i) {
            i = next;
            continue;
        }
        if !body.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &body[i..];
        if let Some(r) = rest.strip_prefix("<T id=") {
            out.push(argument(r, false));
            i += 6;
            continue;
        }
        if b[i] == b'<' && b.get(i + 1).is_some_and(u8::is_ascii_uppercase) {
            let name: String = rest[1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if fns.get(&name).is_some_and(|f| f.component) {
                out.push(Token::Use(name.clone()));
            }
            i += 1 + name.len();
            continue;
        }
        if ident(b[i]) && (i == 0 || !ident(b[i - 1])) {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let after = &rest[word.len()..];
            if let Some(args) = after.strip_prefix('(') {
                let call = format!("{word}(");
                if calls.contains(&call) {
                    out.push(argument(args, swedish_calls.contains(&call)));
                } else if fns.contains_key(&format!("{stem}::{word}")) {
                    out.push(Token::Use(format!("{stem}::{word}")));
                }
            }
            i += word.len().max(1);
            continue;
        }
        i += 1;
    }
    out
}

/// Ids a component's own body settles (a `match` of `msg(…)` literals, a
/// closure's parameter): non-literal expressions whose values are literal
/// elsewhere in the same function, or are the caller's (a prop).
const SETTLED_HERE: &[(&str, &str)] = &[
    // `let t = move |id| move || i18n.t(id);` — every use is `t("…")`.
    ("AboutPage", "id"),
    ("AccessibilityStatement", "id"),
    ("Overview", "id"),
    ("OverviewPage", "id"),
    ("Row", "id"),
    // A prop: the caller passes `msg("…")`.
    ("SortHeader", "label"),
    // A `match` of `msg(…)` literals just above.
    ("DataError", "message"),
    ("Presences", "id"),
    ("overview_page::presence", "id"),
    // `id` is `standing_id(…)`/`change_id(…)`, followed in place.
    ("OfficeItem", "id"),
    // `form` is `presence_form_id(…)`, followed in place.
    ("PresenceItem", "form"),
    // `date_message`'s `msg(…)` literals, followed in place.
    ("places::date_text", "id"),
];

thread_local! {
    /// Id expressions met that neither `slots` nor SETTLED_HERE knows.
    static UNKNOWN: std::cell::RefCell<BTreeSet<String>> = const { std::cell::RefCell::new(BTreeSet::new()) };
    /// The SETTLED_HERE entries that were needed (the others are stale).
    static SETTLED_USED: std::cell::RefCell<BTreeSet<(&'static str, &'static str)>> = const { std::cell::RefCell::new(BTreeSet::new()) };
}

/// What the page shows for a non-literal expression in `function`: `Some`
/// to take over (also for a `<Component>`), `None` to expand as usual.
type Slots<'a> = dyn FnMut(&str, &Token) -> Option<Vec<String>> + 'a;

fn expand(
    function: &str,
    fns: &BTreeMap<String, FnDef>,
    slots: &mut Slots,
    stack: &mut Vec<String>,
    out: &mut Vec<Shown>,
) {
    let def = fns
        .get(function)
        .unwrap_or_else(|| panic!("no function {function} in src/ui"));
    if stack.contains(&function.to_string()) {
        return;
    }
    stack.push(function.to_string());
    let local = function.rsplit("::").next().unwrap().to_string();
    for token in tokens(def, fns) {
        if let Some(ids) = slots(&local, &token) {
            out.extend(ids.into_iter().map(|id| Shown { id }));
            continue;
        }
        match token {
            Token::Id(id) => out.push(Shown { id }),
            // The staff strip is always in Swedish: no language's page text.
            Token::Swedish(_) => {}
            Token::Use(name) => expand(&name, fns, slots, stack, out),
            Token::Slot(expr) => {
                let settled = SETTLED_HERE
                    .iter()
                    .find(|(f, e)| (*f == function || *f == local) && *e == expr);
                if let Some(entry) = settled {
                    SETTLED_USED.with(|u| u.borrow_mut().insert(*entry));
                }
                let settled = settled.is_some();
                if !settled {
                    UNKNOWN.with(|u| {
                        u.borrow_mut()
                            .insert(format!("{function} ({}): `{expr}`", def.file.display()))
                    });
                }
            }
        }
    }
    stack.pop();
}

fn ui_functions() -> BTreeMap<String, FnDef> {
    let mut files = vec![];
    rust_files(&root().join("src/ui"), &mut files);
    files.push(root().join("src/prerender.rs"));
    functions(&files)
}

/// The components that set the page title: the pages.
fn page_components(fns: &BTreeMap<String, FnDef>) -> BTreeSet<String> {
    fns.iter()
        .filter(|(_, f)| f.component && f.body.contains("use_page_title("))
        .map(|(name, _)| name.clone())
        .collect()
}

fn page(name: String, roots: &[&str], fns: &BTreeMap<String, FnDef>, slots: &mut Slots) -> Page {
    let mut shown = vec![];
    for r in roots {
        expand(r, fns, slots, &mut vec![], &mut shown);
    }
    Page { name, shown }
}

/// No domain data: every expression must be settled in its own function.
fn no_slots(_: &str, _: &Token) -> Option<Vec<String>> {
    None
}

/// The result page of one outcome: its steps, reasons, notes and
/// alternatives, each with the link it carries, in the page's order.
fn result_slots(o: &Outcome) -> impl FnMut(&str, &Token) -> Option<Vec<String>> + '_ {
    let link = |l: Option<routing::Link>| l.map(|l| l.label_id().to_string());
    move |function: &str, token: &Token| {
        let Token::Slot(expr) = token else {
            return None;
        };
        let ids: Vec<String> = match (function, expr.as_str()) {
            ("ResultPage", "route.title_id()") => vec![o.route.title_id().into()],
            ("ResultPage", "route.summary_id()") => vec![o.route.summary_id().into()],
            // One step: its text, then its link (Extras).
            ("ResultPage", "step.text_id") => o
                .steps
                .iter()
                .flat_map(|s| std::iter::once(s.text_id.to_string()).chain(link(s.link)))
                .collect(),
            ("ResultPage", "reason_id") => vec![o.reason_id.into()],
            ("ResultPage", "n") => o.notes.iter().map(|n| n.to_string()).collect(),
            // One alternative: its route's title, its text, its link.
            ("ResultPage", "alt.route.title_id()") => o
                .alternatives
                .iter()
                .flat_map(|a| {
                    [a.route.title_id().to_string(), a.text_id.to_string()]
                        .into_iter()
                        .chain(link(a.link))
                })
                .collect(),
            ("ResultPage", "alt.text_id") => vec![],
            ("ResultPage", "c.label_id()") => o
                .contacts
                .iter()
                .filter(|c| **c != Contact::StaffLine)
                .map(|c| c.label_id().to_string())
                .collect(),
            // Shown with the step or alternative it belongs to, above.
            ("Extras", "l.label_id()") => vec![],
            // The place in the route's box (domain::place): every sentence it
            // can say, then, when the place is far, the ways without travel.
            ("sentence", "id") => vagvisare_domain::place::MESSAGE_IDS
                .iter()
                .map(|id| id.to_string())
                .collect(),
            ("PlaceSummary", "alt.route.title_id()") => o
                .alternatives
                .iter()
                .filter(|a| !a.route.needs_travel())
                .flat_map(|a| {
                    [a.route.title_id().to_string(), a.text_id.to_string()]
                        .into_iter()
                        .chain(link(a.link))
                })
                .collect(),
            ("PlaceSummary", "alt.text_id") => vec![],
            _ => return None,
        };
        Some(ids)
    }
}

/// A question page: title, hint, each option with its hint, the error.
fn question_slots(q: Question) -> impl FnMut(&str, &Token) -> Option<Vec<String>> {
    let mut hints_seen = 0;
    move |function: &str, token: &Token| {
        let expr = match token {
            Token::Slot(e) => e.as_str(),
            Token::Use(c) if c == "MunicipalityQuestion" && function == "QuestionPage" => {
                return Some(vec![]);
            }
            _ => return None,
        };
        let ids: Vec<String> = match expr {
            "question.title_id()" => vec![q.title_id().into()],
            "question.error_id()" | "message_id" => vec![q.error_id().into()],
            "h" => {
                hints_seen += 1;
                // The question's hint; the second `h` is an option's (below).
                if hints_seen == 1 {
                    q.hint_id().into_iter().map(String::from).collect()
                } else {
                    vec![]
                }
            }
            "option.label_id" => q
                .options()
                .iter()
                .flat_map(|o| {
                    std::iter::once(o.label_id.to_string()).chain(o.hint_id.map(String::from))
                })
                .collect(),
            "MunicipalityAnswer::skip_action_id()" => {
                vec![MunicipalityAnswer::skip_action_id().into()]
            }
            _ => return None,
        };
        Some(ids)
    }
}

/// The check page of one answer set: each answer's label and value.
fn check_slots(a: &Answers) -> impl FnMut(&str, &Token) -> Option<Vec<String>> + '_ {
    let state = UrlState {
        answers: a.clone(),
        ..UrlState::default()
    };
    let rows = journey::check_rows(&state);
    let mut labels_seen = 0;
    move |function: &str, token: &Token| {
        let Token::Slot(expr) = token else {
            return None;
        };
        let ids: Vec<String> = match (function, expr.as_str()) {
            ("CheckAnswersPage", "q.check_label_id()") => {
                labels_seen += 1;
                // The row's label and its answer; the second use is the
                // Change link's hidden text (the same label again).
                if labels_seen == 1 {
                    rows.iter()
                        .flat_map(|r| {
                            std::iter::once(r.question.check_label_id().to_string())
                                .chain(r.label_id.map(String::from))
                        })
                        .collect()
                } else {
                    vec![]
                }
            }
            ("CheckAnswersPage", "id") => vec![],
            _ => return None,
        };
        Some(ids)
    }
}

/// Every page the app can show, with the messages it shows in order.
fn pages() -> Vec<Page> {
    pages_from(&ui_functions())
}

fn pages_from(fns: &BTreeMap<String, FnDef>) -> Vec<Page> {
    let mut pages = vec![];
    // The frame around every page: header and footer (the staff strip is
    // Swedish only). The main content is its own page below, as it is
    // printed and as a skip-link reader meets it.
    pages.push(page(
        "frame".into(),
        &["SiteHeader", "SiteFooter"],
        fns,
        &mut no_slots,
    ));
    let mut covered = BTreeSet::new();
    for (name, roots) in [
        ("start", &["StartPage"][..]),
        ("about", &["AboutPage"]),
        ("overview", &["OverviewPage"]),
        ("visitor language", &["VisitorLanguagePage"]),
        ("page load error", &["PageLoadError"]),
        ("kiosk dialog", &["KioskFrame"]),
    ] {
        covered.insert(roots[0]);
        pages.push(page(name.into(), roots, fns, &mut no_slots));
    }
    for &q in Question::ALL {
        let root = if q == Question::Municipality {
            "MunicipalityQuestion"
        } else {
            "QuestionPage"
        };
        covered.insert(root);
        pages.push(page(
            format!("question {}", q.key()),
            &[root],
            fns,
            &mut question_slots(q),
        ));
    }
    let mut seen_checks = BTreeSet::new();
    let mut seen_results = BTreeSet::new();
    for a in flow::reachable_answers() {
        let mut check = page(
            "check".into(),
            &["CheckAnswersPage"],
            fns,
            &mut check_slots(&a),
        );
        let ids: Vec<String> = check.shown.iter().map(|s| s.id.clone()).collect();
        if seen_checks.insert(ids.clone()) {
            check.name = format!(
                "check answers ({})",
                a.value_key(Question::Errand).unwrap_or_default()
            );
            pages.push(check);
        }
        let outcome = routing::route(&a);
        let mut result = page(
            "result".into(),
            &["ResultPage"],
            fns,
            &mut result_slots(&outcome),
        );
        let ids: Vec<String> = result.shown.iter().map(|s| s.id.clone()).collect();
        if seen_results.insert(ids) {
            result.name = format!("result {} (notes {:?})", outcome.rule, outcome.notes);
            pages.push(result);
        }
    }
    covered.extend(["CheckAnswersPage", "ResultPage"]);
    // Every page component has a model here.
    let missing: Vec<String> = page_components(fns)
        .into_iter()
        .filter(|p| !covered.contains(p.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "pages tests/names.rs does not know: {missing:?}"
    );
    let unknown = UNKNOWN.with(|u| std::mem::take(&mut *u.borrow_mut()));
    assert!(
        unknown.is_empty(),
        "id expressions tests/names.rs does not know (add each to the page's slots \
         with the domain data it shows, or to SETTLED_HERE if its ids are literal in \
         the same function):\n{}",
        unknown.into_iter().collect::<Vec<_>>().join("\n")
    );
    let used = SETTLED_USED.with(|u| std::mem::take(&mut *u.borrow_mut()));
    let stale: Vec<_> = SETTLED_HERE.iter().filter(|e| !used.contains(e)).collect();
    assert!(
        stale.is_empty(),
        "SETTLED_HERE entries no page needs: {stale:?}"
    );
    // index.html before the app runs (src/prerender.rs): the boot note and
    // the page without JavaScript, two views of their own.
    let boot = page(
        "boot".into(),
        &["prerender::render_boot"],
        fns,
        &mut no_slots,
    );
    for (name, prefix) in [("boot error", "boot-"), ("no JavaScript", "noscript-")] {
        pages.push(Page {
            name: name.into(),
            shown: boot
                .shown
                .iter()
                .filter(|s| s.id.starts_with(prefix))
                .cloned()
                .collect(),
        });
    }
    pages
}

// --- The checks -------------------------------------------------------------

/// Where a name is not explained in time on a page: the message that
/// names it first without explaining it (in running text, or only in
/// headings).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Unexplained {
    InText(String),
    OnlyInHeadings(String),
}

/// For each page where `name` appears in `locale`'s texts: it must be
/// explained no later than its first appearance in running text (a heading
/// may name it unexplained; one that explains it counts). Returns, per
/// message at fault, the pages where it is at fault.
fn first_use_problems(
    name: &Name,
    locale: Locale,
    texts: &Texts,
    pages: &[Page],
) -> BTreeMap<Unexplained, Vec<String>> {
    let mut problems: BTreeMap<Unexplained, Vec<String>> = BTreeMap::new();
    let Some(explanations) = name.explained.get(locale.code()) else {
        return problems; // plain in this language
    };
    for page in pages {
        let mut named_in_heading = None;
        let mut fault = None;
        for shown in &page.shown {
            let Some(text) = texts.get(&shown.id) else {
                continue;
            };
            if !contains(text, &name.name) {
                continue;
            }
            if explanations.iter().any(|e| contains(text, e)) {
                named_in_heading = None;
                break;
            }
            if shown.is_heading() {
                named_in_heading.get_or_insert(shown.id.clone());
                continue;
            }
            fault = Some(Unexplained::InText(shown.id.clone()));
            named_in_heading = None;
            break;
        }
        if let Some(f) = fault.or(named_in_heading.map(Unexplained::OnlyInHeadings)) {
            problems.entry(f).or_default().push(page.name.clone());
        }
    }
    problems
}

/// One line per message at fault, with how many pages it fails on.
fn report(
    name: &Name,
    locale: Locale,
    texts: &Texts,
    problems: &BTreeMap<Unexplained, Vec<String>>,
) -> Vec<String> {
    problems
        .iter()
        .map(|(fault, pages)| {
            let (id, how) = match fault {
                Unexplained::InText(id) => (id, "first names it unexplained"),
                Unexplained::OnlyInHeadings(id) => (id, "names it only in headings"),
            };
            format!(
                "{}: {} {how} ({:?}) on {} page(s), e.g. \"{}\": {}",
                locale.code(),
                id,
                name.name,
                pages.len(),
                pages[0],
                texts[id].trim()
            )
        })
        .collect()
}

/// The words of Swedish text, lower case.
fn words(text: &str) -> Vec<String> {
    lower(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Whether Swedish `text` uses the concept: a form with a space is matched
/// as a phrase, one ending in `*` as a word's beginning, others as words.
fn swedish_uses(concept: &Concept, text: &str) -> bool {
    let ws = words(text);
    concept.sv.iter().any(|form| {
        let form = lower(form);
        if form.contains(' ') {
            lower(text).contains(&form)
        } else if let Some(prefix) = form.strip_suffix('*') {
            ws.iter().any(|w| w.starts_with(prefix))
        } else {
            ws.contains(&form)
        }
    })
}

/// In `locale`'s texts: messages whose Swedish uses the concept without the
/// language's word for it, and messages that use a word to avoid.
fn term_problems(concept: &Concept, locale: Locale, texts: &Texts, swedish: &Texts) -> Vec<String> {
    let code = locale.code();
    let mut problems = vec![];
    let uses = &concept.uses[code];
    for (id, sv) in swedish {
        let Some(text) = texts.get(id) else { continue };
        if swedish_uses(concept, sv) && !uses.iter().any(|u| contains(text, u)) {
            problems.push(format!(
                "{code}: {id} says {} in Swedish but not {uses:?}: {}",
                concept.concept,
                text.trim()
            ));
        }
    }
    for (id, text) in texts {
        for a in concept.avoid.get(code).into_iter().flatten() {
            if contains(text, a) {
                problems.push(format!(
                    "{code}: {id} says «{a}», a second word for {} (use {uses:?}): {}",
                    concept.concept,
                    text.trim()
                ));
            }
        }
    }
    problems
}

#[test]
fn the_glossary_covers_every_language() {
    let g = parse_glossary(&glossary_text());
    let problems = glossary_problems(&g);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(g.name.len() >= 10 && g.concept.len() >= 10);
}

#[test]
fn every_name_is_explained_where_each_page_first_names_it() {
    let g = parse_glossary(&glossary_text());
    let pages = pages();
    let mut problems = vec![];
    for locale in Locale::ALL {
        let texts = texts(locale);
        for name in &g.name {
            let p = first_use_problems(name, locale, &texts, &pages);
            problems.extend(report(name, locale, &texts, &p));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_language_says_each_concept_with_one_word() {
    let g = parse_glossary(&glossary_text());
    let swedish = texts(Locale::SOURCE);
    let mut problems = vec![];
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::SOURCE) {
        let texts = texts(locale);
        for concept in &g.concept {
            problems.extend(term_problems(concept, locale, &texts, &swedish));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The pages come out as the code draws them: the errand question lists
/// the planning hint before the provider's, a result page shows its steps
/// before its reason, every route has a result page, the start page names
/// the four ways.
#[test]
fn the_pages_are_read_from_the_code_in_order() {
    let pages = pages();
    let ids = |name: &str| -> Vec<String> {
        pages
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no page {name}"))
            .shown
            .iter()
            .map(|s| s.id.clone())
            .collect()
    };
    let pos = |ids: &[String], id: &str| ids.iter().position(|i| i == id);
    let errand = ids("question errand");
    assert!(pos(&errand, "errand-planning-hint") < pos(&errand, "errand-provider-hint"));
    assert!(pos(&errand, "q-errand-title").is_some() && pos(&errand, "errand-other").is_some());
    let start = ids("start");
    assert!(
        pos(&start, "start-routes-intro") < pos(&start, "start-route-service-office")
            && pos(&start, "start-route-service-office") < pos(&start, "start-privacy")
    );
    let results: Vec<&Page> = pages
        .iter()
        .filter(|p| p.name.starts_with("result "))
        .collect();
    // The fallback row is never shown to anyone who answered every question
    // (domain/src/routing.rs), so no page has it.
    for rule in routing::RULES
        .iter()
        .filter(|r| r.name != routing::FALLBACK.name)
    {
        assert!(
            results
                .iter()
                .any(|p| p.name.starts_with(&format!("result {} ", rule.name))),
            "no result page for {}",
            rule.name
        );
    }
    let r = &results[0].shown;
    let step = r.iter().position(|s| s.id.starts_with("step-")).unwrap();
    let reason = r.iter().position(|s| s.id.starts_with("reason-")).unwrap();
    let local = r.iter().position(|s| s.id == "local-heading").unwrap();
    assert!(step < reason && reason < local, "{r:?}");
    assert!(pages.iter().any(|p| p.name == "no JavaScript"
        && p.shown.first().is_some_and(|s| s.id == "noscript-heading")));
}

/// Planted faults: a page with a component the test does not know, and an
/// id expression it cannot resolve, both fail instead of passing unseen.
#[test]
fn the_page_reader_refuses_what_it_does_not_know() {
    let mut fns = ui_functions();
    let fake = |body: &str| FnDef {
        file: root().join("src/ui/start_page.rs"),
        body: body.to_string(),
        component: true,
    };
    fns.insert(
        "PlantedPage".into(),
        fake(r#"{ use_page_title(move || i18n.t("start-title")); view! { <h1><T id="start-title" /></h1> } }"#),
    );
    let missing = std::panic::catch_unwind(|| pages_from(&fns)).expect_err("a new page is refused");
    let message = missing
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(message.contains("PlantedPage"), "{message}");
    let mut fns = ui_functions();
    fns.insert(
        "StartPage".into(),
        fake(r#"{ view! { <p><T id=mystery.text_id() /></p> } }"#),
    );
    let unknown =
        std::panic::catch_unwind(|| pages_from(&fns)).expect_err("an unknown id is refused");
    let message = unknown
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(message.contains("mystery.text_id()"), "{message}");
}

fn name<'a>(g: &'a Glossary, n: &str) -> &'a Name {
    g.name.iter().find(|x| x.name == n).unwrap()
}

/// Planted faults: the English errand hint as it was (names without an
/// explanation), an explanation that comes only after the first mention,
/// a name only in a heading, and a heading that explains it (which counts).
#[test]
fn the_first_use_check_catches_planted_faults() {
    let g = parse_glossary(&glossary_text());
    let pages = pages();
    let mut texts = texts(Locale::En);
    texts.insert(
        "errand-planning-hint".into(),
        "For example a decision about nystartsjobb or about Rusta och matcha.".into(),
    );
    for n in ["nystartsjobb", "Rusta och matcha"] {
        let p = first_use_problems(name(&g, n), Locale::En, &texts, &pages);
        assert_eq!(
            p.get(&Unexplained::InText("errand-planning-hint".into())),
            Some(&vec!["question errand".to_string()]),
            "{n}: {p:?}"
        );
    }
    // The explanation later on the same page does not help.
    let page = Page {
        name: "planted".into(),
        shown: ["step-call-jobseeker-line", "start-routes-intro"]
            .map(|id| Shown { id: id.into() })
            .to_vec(),
    };
    let af = name(&g, "Arbetsförmedlingen");
    let texts = self::texts(Locale::En);
    let mut plain = texts.clone();
    plain.insert(
        "step-call-jobseeker-line".into(),
        "Call Arbetsförmedlingen.".into(),
    );
    let p = first_use_problems(af, Locale::En, &plain, std::slice::from_ref(&page));
    assert!(
        p.contains_key(&Unexplained::InText("step-call-jobseeker-line".into())),
        "{p:?}"
    );
    // Only in a heading: caught; a heading that explains it: fine.
    let heading = Page {
        name: "planted".into(),
        shown: vec![Shown {
            id: "route-remote-title".into(),
        }],
    };
    let p = first_use_problems(af, Locale::En, &texts, std::slice::from_ref(&heading));
    assert!(
        p.contains_key(&Unexplained::OnlyInHeadings("route-remote-title".into())),
        "{p:?}"
    );
    let explained_heading = Page {
        name: "planted".into(),
        shown: ["noscript-heading", "noscript-booked-meeting"]
            .map(|id| Shown { id: id.into() })
            .to_vec(),
    };
    assert!(first_use_problems(af, Locale::En, &texts, &[explained_heading]).is_empty());
    // Swedish needs no explanation of Arbetsförmedlingen (plain).
    assert!(first_use_problems(af, Locale::Sv, &plain, &[page]).is_empty());
}

/// Planted faults: the Arabic computer word and the Persian statement word
/// as the second review found them.
#[test]
fn the_term_check_catches_a_second_word() {
    let g = parse_glossary(&glossary_text());
    let concept = |c: &str| g.concept.iter().find(|k| k.concept.starts_with(c)).unwrap();
    let swedish = texts(Locale::SOURCE);
    let mut ar = texts(Locale::Ar);
    ar.insert(
        "reason-find-jobs-with-help".into(),
        "في مكتب الخدمة يمكنك استخدام حاسوب والحصول على مساعدة في البحث عن عمل على الإنترنت.".into(),
    );
    let p = term_problems(concept("computer"), Locale::Ar, &ar, &swedish);
    assert_eq!(p.len(), 2, "missing «كمبيوتر» and «حاسوب» avoided: {p:?}");
    let mut fa = texts(Locale::Fa);
    fa.insert(
        "a11y-date".into(),
        "این گزارش در ۲ دسامبر ۲۰۲۶ نوشته شد.".into(),
    );
    let p = term_problems(
        concept("the accessibility statement"),
        Locale::Fa,
        &fa,
        &swedish,
    );
    assert!(p.len() == 1 && p[0].starts_with("fa: a11y-date"), "{p:?}");
    // The Swedish side is matched by words: "aktivitetsrapporten" is not
    // "rapporten", "Rapportera" is not the report.
    let report = concept("the 2021 report");
    assert!(swedish_uses(report, "Arbetsförmedlingens rapport 2021"));
    assert!(!swedish_uses(report, "Lämna din aktivitetsrapport."));
    assert!(!swedish_uses(report, "Rapportera en brist"));
    // A glossary without a language's word is refused.
    let broken = glossary_text().replacen("use.ti = [\"ዞባ\"]", "", 1);
    let problems = glossary_problems(&parse_glossary(&broken));
    assert!(
        problems.iter().any(|p| p.contains("no word for ti")),
        "{problems:?}"
    );
}

/// The staff strip is always Swedish (`t_sv`), so the privacy text names
/// its button as it is shown, «Ny besökare», in every language.
#[test]
fn the_privacy_text_names_the_staff_button_as_it_is_shown() {
    let banner = read(&root().join("src/ui/staff_banner.rs"));
    assert!(
        banner.contains("move || i18n.t_sv(id)")
            && banner.contains("sv(msg(\"staff-new-visitor\"))"),
        "the staff button is drawn in Swedish"
    );
    let button = texts(Locale::SOURCE)["staff-new-visitor"]
        .trim()
        .to_string();
    let check = |texts: &Texts| contains(&texts["about-privacy"], &button);
    for locale in Locale::ALL {
        assert!(check(&texts(locale)), "{}: about-privacy", locale.code());
    }
    // Planted: the English text as it was.
    let mut en = texts(Locale::En);
    en.insert(
        "about-privacy".into(),
        "On a computer that many people use, the staff’s New visitor button removes the answers."
            .into(),
    );
    assert!(!check(&en));
}
