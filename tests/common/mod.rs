//! FTL helpers shared by the host tests: reading the shipped files with the
//! reference parser (fluent-syntax) and listing each message's variables.
// Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use vagvisare::i18n::Locale;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

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
    /// Variant keys when the message is a selector on `$count`.
    pub plural_keys: Option<BTreeSet<String>>,
    pub text: String,
}

pub fn messages(path: &Path) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for entry in parse(path).body {
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
                                selector: ast::InlineExpression::VariableReference { id: selector },
                                variants,
                            },
                    } if selector.name == "count" => {
                        plural_keys = Some(
                            variants
                                .iter()
                                .map(|v| match &v.key {
                                    ast::VariantKey::Identifier { name } => name.clone(),
                                    ast::VariantKey::NumberLiteral { value } => value.clone(),
                                })
                                .collect(),
                        );
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

pub fn ftl_path(locale: Locale, file: &str) -> PathBuf {
    root().join("locales").join(locale.code()).join(file)
}
