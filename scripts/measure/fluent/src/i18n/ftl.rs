//! THE ALTERNATIVE OF docs/adr/0002, for measuring its size only
//! (scripts/measure.sh fluent): the same interface over fluent-bundle. Every
//! bundle is Swedish (plural rules of one locale; fluent-bundle links every
//! CLDR locale's rules whichever is chosen), and numbers are fluent-bundle's
//! own, not the browser's digits.
//!
//! Reads and formats the part of Fluent that Vägvisaren's FTL files use:
//! messages, comments, variables, string literals and select expressions on
//! a variable (plural categories, exact numbers, words).
//!
//! Why not fluent-bundle: it carries plural rules for every CLDR locale,
//! a float formatter and a general parser, about a quarter of the app's
//! first download, for six languages whose integer plural rules fit in
//! `Locale::plural_category`. The parsing follows fluent-syntax step by step
//! (same indentation and trimming rules), and `tests/ftl_conformance.rs`
//! formats every message of every locale with both and demands identical
//! output, bidi isolation marks included. Anything outside the subset (terms,
//! attributes, message references, functions) is a syntax error, so a file
//! that uses it is refused like a broken one rather than shown half-formatted.

/// A value for a `{ $variable }`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(u32),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(u32::try_from(n).unwrap_or(u32::MAX))
    }
}

use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// One FTL file's messages, in file order.
#[derive(Default)]
pub struct Resource {
    pub messages: Vec<(String, Message)>,
}

/// A message: the bundle of its file, and its id.
#[derive(Clone)]
pub struct Message {
    bundle: Rc<FluentBundle<Rc<FluentResource>>>,
    id: String,
}

/// Parses `source`; `Err` carries the number of broken entries.
pub fn parse(source: &str) -> Result<Resource, usize> {
    let resource = Rc::new(
        FluentResource::try_new(source.to_string()).map_err(|(_, errors)| errors.len())?,
    );
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let mut bundle = FluentBundle::new(vec!["sv".parse().expect("a language tag")]);
    bundle
        .add_resource(resource)
        .map_err(|errors| errors.len())?;
    let bundle = Rc::new(bundle);
    Ok(Resource {
        messages: ids
            .into_iter()
            .map(|id| {
                let message = Message {
                    bundle: bundle.clone(),
                    id: id.clone(),
                };
                (id, message)
            })
            .collect(),
    })
}

/// Formats `message` with fluent-bundle. `None` on any error.
pub fn format(
    message: &Message,
    args: &[(&str, Arg)],
    _plural: fn(u32) -> &'static str,
    _number: &dyn Fn(u32) -> String,
) -> Option<String> {
    let pattern = message.bundle.get_message(&message.id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.clone())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let out = message
        .bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}
