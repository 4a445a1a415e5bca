//! FTL helpers shared by the host tests of both crates: reading FTL with
//! the reference parser (fluent-syntax), each message's variables, plural
//! keys and text. `domain/tests/` includes it as `common::ftl`, the app's
//! `tests/common/mod.rs` with `#[path]` (the domain's tests cannot depend on
//! the app crate), so both walk FTL the same way.
// Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast;

pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn parse(path: &Path) -> ast::Resource<String> {
    fluent_syntax::parser::parse(read(path)).unwrap_or_else(|(_, errors)| {
        panic!(
            "{}: {} syntax error(s): {errors:?}",
            path.display(),
            errors.len()
        )
    })
}

pub fn collect_vars_pattern(p: &ast::Pattern<String>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_vars_expr(expression, out);
        }
    }
}

pub fn collect_vars_inline(e: &ast::InlineExpression<String>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        ast::InlineExpression::Placeable { expression } => collect_vars_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_vars_inline(a, out);
            }
        }
        _ => {}
    }
}

pub fn collect_vars_expr(e: &ast::Expression<String>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => collect_vars_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            collect_vars_inline(selector, out);
            for v in variants {
                collect_vars_pattern(&v.value, out);
            }
        }
    }
}

pub struct Message {
    pub vars: BTreeSet<String>,
    /// Variant keys when the message is a plural selector: one whose keys
    /// include a CLDR category (zero, one, two, few, many) or a number,
    /// whatever the variable is called (`$count`, `$km`, …). A selector on
    /// words (`$precision -> [day] …`) is not one.
    pub plural_keys: Option<BTreeSet<String>>,
    pub text: String,
}

pub fn messages(path: &Path) -> BTreeMap<String, Message> {
    messages_of(parse(path), &path.display().to_string())
}

/// The messages of FTL text (for tests that plant a fault).
pub fn messages_in(text: &str) -> BTreeMap<String, Message> {
    let resource = fluent_syntax::parser::parse(text.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{} syntax error(s): {errors:?}", errors.len()));
    messages_of(resource, "text")
}

const PLURAL_CATEGORIES: [&str; 5] = ["zero", "one", "two", "few", "many"];

fn messages_of(resource: ast::Resource<String>, name: &str) -> BTreeMap<String, Message> {
    let path = std::path::Path::new(name);
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let Some(value) = &m.value else {
                panic!("{}: {} has no value", path.display(), m.id.name)
            };
            let mut vars = BTreeSet::new();
            collect_vars_pattern(value, &mut vars);
            let mut plural_keys = None;
            let mut text = String::new();
            for el in &value.elements {
                match el {
                    ast::PatternElement::TextElement { value } => text.push_str(value),
                    ast::PatternElement::Placeable {
                        expression:
                            ast::Expression::Select {
                                selector: ast::InlineExpression::VariableReference { .. },
                                variants,
                            },
                    } => {
                        let keys: BTreeSet<String> = variants
                            .iter()
                            .map(|v| match &v.key {
                                ast::VariantKey::Identifier { name } => name.clone(),
                                ast::VariantKey::NumberLiteral { value } => value.clone(),
                            })
                            .collect();
                        let numeric = keys.iter().any(|k| {
                            PLURAL_CATEGORIES.contains(&k.as_str())
                                || k.bytes().all(|b| b.is_ascii_digit())
                        });
                        if numeric {
                            plural_keys = Some(keys);
                        }
                        // The variants' words are the message's text too.
                        for v in variants {
                            for el in &v.value.elements {
                                if let ast::PatternElement::TextElement { value } = el {
                                    text.push_str(value);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            let prev = out.insert(
                m.id.name.clone(),
                Message {
                    vars,
                    plural_keys,
                    text,
                },
            );
            assert!(
                prev.is_none(),
                "{}: {} defined twice",
                path.display(),
                m.id.name
            );
        }
    }
    out
}
