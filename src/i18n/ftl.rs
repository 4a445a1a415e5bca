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

/// First Strong Isolate and Pop Directional Isolate, which Fluent puts
/// around placeables so "0771-416 416" stays left-to-right in Arabic.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

#[derive(Debug, Clone, PartialEq)]
enum Element {
    Text(String),
    Literal(String),
    Variable(String),
    Select {
        variable: String,
        variants: Vec<Variant>,
    },
}

#[derive(Debug, Clone, PartialEq)]
struct Variant {
    key: Key,
    default: bool,
    pattern: Pattern,
}

#[derive(Debug, Clone, PartialEq)]
enum Key {
    Name(String),
    /// `None` for a number no `u32` argument can equal (decimals, huge).
    Number(Option<i64>),
}

type Pattern = Vec<Element>;

/// One FTL file's messages, in file order.
#[derive(Debug, Clone, Default)]
pub struct Resource {
    pub messages: Vec<(String, Message)>,
}

/// A message: its value (attributes are outside the subset).
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    value: Pattern,
}

/// Parses `source`; `Err` carries the number of broken entries, as
/// fluent-syntax counts them.
pub fn parse(source: &str) -> Result<Resource, usize> {
    let mut p = Parser {
        src: source,
        bytes: source.as_bytes(),
        ptr: 0,
        depth: 0,
    };
    let mut resource = Resource::default();
    let mut errors = 0;
    p.skip_blank_block();
    while p.ptr < p.bytes.len() {
        let start = p.ptr;
        let entry = match p.current() {
            Some(b'#') => p.comment().map(|()| None),
            // Terms (`-brand = …`) are outside the subset.
            Some(b'-') => Err(()),
            _ => p.message().map(Some),
        };
        match entry {
            Ok(Some(m)) => resource.messages.push(m),
            Ok(None) => {}
            Err(()) => {
                errors += 1;
                p.skip_to_next_entry_start();
                if p.ptr == start {
                    p.ptr += 1;
                }
            }
        }
        p.skip_blank_block();
    }
    if errors == 0 {
        Ok(resource)
    } else {
        Err(errors)
    }
}

/// Formats `message`. `plural` gives the locale's plural category of a
/// number, `number` its digits. `None` on any error (a missing variable), so
/// the caller can fall back instead of showing a gap.
pub fn format(
    message: &Message,
    args: &[(&str, Arg)],
    plural: fn(u32) -> &'static str,
    number: &dyn Fn(u32) -> String,
) -> Option<String> {
    let mut out = String::new();
    let mut ok = true;
    let mut placeables = 0;
    write(
        &message.value,
        args,
        plural,
        number,
        &mut out,
        &mut ok,
        &mut placeables,
    );
    ok.then_some(out)
}

/// fluent-bundle's limit on placeables resolved in one message, beyond which
/// it reports an error (and so do we: the caller falls back).
const MAX_PLACEABLES: usize = 100;

fn write(
    pattern: &[Element],
    args: &[(&str, Arg)],
    plural: fn(u32) -> &'static str,
    number: &dyn Fn(u32) -> String,
    out: &mut String,
    ok: &mut bool,
    placeables: &mut usize,
) {
    let isolate = pattern.len() > 1;
    for element in pattern {
        if !matches!(element, Element::Text(_)) {
            *placeables += 1;
            if *placeables > MAX_PLACEABLES {
                *ok = false;
                return;
            }
        }
        match element {
            Element::Text(t) | Element::Literal(t) => out.push_str(t),
            Element::Variable(name) => {
                if isolate {
                    out.push(FSI);
                }
                match arg(args, name) {
                    Some(Arg::Text(s)) => out.push_str(s),
                    Some(Arg::Number(n)) => out.push_str(&number(*n)),
                    None => {
                        *ok = false;
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
                if isolate {
                    out.push(PDI);
                }
            }
            Element::Select { variable, variants } => {
                if isolate {
                    out.push(FSI);
                }
                let selector = arg(args, variable);
                if selector.is_none() {
                    *ok = false;
                }
                let chosen = variants
                    .iter()
                    .find(|v| selector.is_some_and(|s| key_matches(&v.key, s, plural)))
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(v) = chosen {
                    write(&v.pattern, args, plural, number, out, ok, placeables);
                }
                if isolate {
                    out.push(PDI);
                }
            }
        }
    }
}

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

fn key_matches(key: &Key, selector: &Arg, plural: fn(u32) -> &'static str) -> bool {
    match (key, selector) {
        (Key::Name(k), Arg::Text(s)) => k == s,
        (Key::Number(k), Arg::Number(n)) => *k == Some(i64::from(*n)),
        (Key::Name(k), Arg::Number(n)) => {
            matches!(
                k.as_str(),
                "zero" | "one" | "two" | "few" | "many" | "other"
            ) && k == plural(*n)
        }
        (Key::Number(_), Arg::Text(_)) => false,
    }
}

/// Where a text element sits, which decides how its indentation is treated.
#[derive(Clone, Copy, PartialEq)]
enum Position {
    InitialLineStart,
    LineStart,
    Continuation,
}

#[derive(PartialEq)]
enum End {
    LineFeed,
    Crlf,
    Placeable,
    Eof,
}

enum Placeholder {
    Placeable(Element),
    /// start, end, indent, position
    Text(usize, usize, usize, Position),
}

struct Parser<'s> {
    src: &'s str,
    bytes: &'s [u8],
    ptr: usize,
    /// Placeables open around the current position.
    depth: usize,
}

/// Select expressions nest through their variants; a (broken or hostile)
/// file nesting deeper than any message needs is refused rather than
/// exhausting the wasm stack, which would stop the app.
const MAX_DEPTH: usize = 32;

type Step<T> = Result<T, ()>;

impl<'s> Parser<'s> {
    fn current(&self) -> Option<u8> {
        self.bytes.get(self.ptr).copied()
    }

    fn at(&self, pos: usize) -> Option<u8> {
        self.bytes.get(pos).copied()
    }

    fn take(&mut self, b: u8) -> bool {
        if self.current() == Some(b) {
            self.ptr += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, b: u8) -> Step<()> {
        if self.take(b) {
            Ok(())
        } else {
            Err(())
        }
    }

    fn slice(&self, start: usize, end: usize) -> Step<&'s str> {
        self.src.get(start..end).ok_or(())
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.current() == Some(b' ') {
            self.ptr += 1;
        }
        self.ptr - start
    }

    fn skip_eol(&mut self) -> bool {
        match self.current() {
            Some(b'\n') => {
                self.ptr += 1;
                true
            }
            Some(b'\r') if self.at(self.ptr + 1) == Some(b'\n') => {
                self.ptr += 2;
                true
            }
            _ => false,
        }
    }

    fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                break;
            }
        }
    }

    fn skip_blank(&mut self) {
        loop {
            match self.current() {
                Some(b' ' | b'\n') => self.ptr += 1,
                Some(b'\r') if self.at(self.ptr + 1) == Some(b'\n') => self.ptr += 2,
                _ => break,
            }
        }
    }

    fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.current() {
            let line_start = self.ptr == 0 || self.at(self.ptr - 1) == Some(b'\n');
            if line_start && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.ptr += 1;
        }
    }

    /// One comment line: `#`, `##` or `###`, then a space and text, or the
    /// end of the line. The caller's blank skipping joins consecutive lines.
    fn comment(&mut self) -> Step<()> {
        let mut level = 0;
        while level < 3 && self.take(b'#') {
            level += 1;
        }
        match self.current() {
            None | Some(b'\n') => {}
            Some(b'\r') if self.at(self.ptr + 1) == Some(b'\n') => {}
            Some(b' ') => {
                while !matches!(self.current(), None | Some(b'\n')) {
                    self.ptr += 1;
                }
            }
            Some(_) => return Err(()),
        }
        self.skip_eol();
        Ok(())
    }

    fn identifier(&mut self) -> Step<&'s str> {
        let start = self.ptr;
        if !self.current().is_some_and(|b| b.is_ascii_alphabetic()) {
            return Err(());
        }
        while self
            .current()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.ptr += 1;
        }
        self.slice(start, self.ptr)
    }

    fn message(&mut self) -> Step<(String, Message)> {
        let id = self.identifier()?.to_string();
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self.pattern()?;
        self.skip_blank_block();
        // Attributes (`.label = …`) are outside the subset.
        let line_start = self.ptr;
        self.skip_blank_inline();
        if self.current() == Some(b'.') {
            return Err(());
        }
        self.ptr = line_start;
        match value {
            Some(value) => Ok((id, Message { value })),
            None => Err(()),
        }
    }

    fn pattern(&mut self) -> Step<Option<Pattern>> {
        let mut elements: Vec<Placeholder> = vec![];
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;

        self.skip_blank_inline();
        let mut position = if self.skip_eol() {
            self.skip_blank_block();
            Position::LineStart
        } else {
            Position::InitialLineStart
        };

        while self.ptr < self.bytes.len() {
            if self.take(b'{') {
                if position == Position::LineStart {
                    common_indent = Some(0);
                }
                let expression = self.placeable()?;
                last_non_blank = Some(elements.len());
                elements.push(Placeholder::Placeable(expression));
                position = Position::Continuation;
                continue;
            }
            let slice_start = self.ptr;
            let mut indent = 0;
            if position == Position::LineStart {
                indent = self.skip_blank_inline();
                match self.current() {
                    Some(b) if indent == 0 => {
                        if b != b'\r' && b != b'\n' {
                            break;
                        }
                    }
                    Some(b) => {
                        if matches!(b, b'.' | b'}' | b'[' | b'*') {
                            self.ptr = slice_start;
                            break;
                        }
                    }
                    None => break,
                }
            }
            let (start, end, non_blank, ending) = self.text_slice()?;
            if start != end {
                if position == Position::LineStart && non_blank {
                    common_indent = Some(common_indent.map_or(indent, |c| c.min(indent)));
                }
                if position != Position::LineStart || non_blank || ending == End::LineFeed {
                    if non_blank {
                        last_non_blank = Some(elements.len());
                    }
                    elements.push(Placeholder::Text(slice_start, end, indent, position));
                }
            }
            position = match ending {
                End::LineFeed | End::Crlf => Position::LineStart,
                End::Placeable | End::Eof => Position::Continuation,
            };
        }

        let Some(last) = last_non_blank else {
            return Ok(None);
        };
        let mut pattern = Vec::with_capacity(last + 1);
        for (i, element) in elements.into_iter().take(last + 1).enumerate() {
            match element {
                Placeholder::Placeable(e) => pattern.push(e),
                Placeholder::Text(start, end, indent, position) => {
                    let start = if position == Position::LineStart {
                        start + common_indent.map_or(indent, |c| c.min(indent))
                    } else {
                        start
                    };
                    let mut text = self.slice(start, end)?;
                    if i == last {
                        text = text.trim_end_matches([' ', '\r', '\n']);
                    }
                    pattern.push(Element::Text(text.to_string()));
                }
            }
        }
        Ok(Some(pattern))
    }

    /// Text up to a line feed (included), a `{` or the end; a stray `}` is an
    /// error. Returns start, end, whether it has anything but spaces, and why
    /// it ended.
    fn text_slice(&mut self) -> Step<(usize, usize, bool, End)> {
        let start = self.ptr;
        let rest = &self.bytes[self.ptr..];
        let stop = rest.iter().position(|b| matches!(b, b'\n' | b'{' | b'}'));
        let non_blank = |text: &[u8]| text.iter().any(|&c| c != b' ');
        match stop.map(|p| (p, rest[p])) {
            Some((p, b'}')) => {
                self.ptr += p;
                Err(())
            }
            Some((p, b'\n')) if p > 0 && rest[p - 1] == b'\r' => {
                // "\r\n": the text stops before the carriage return and the
                // line feed is read next, on its own, as fluent-syntax does.
                self.ptr += p;
                Ok((start, self.ptr - 1, non_blank(&rest[..p - 1]), End::Crlf))
            }
            Some((p, b'\n')) => {
                self.ptr += p + 1;
                Ok((start, self.ptr, non_blank(&rest[..p]), End::LineFeed))
            }
            Some((p, _)) => {
                self.ptr += p;
                Ok((start, self.ptr, non_blank(&rest[..p]), End::Placeable))
            }
            None => {
                self.ptr += rest.len();
                Ok((start, self.ptr, non_blank(rest), End::Eof))
            }
        }
    }

    fn placeable(&mut self) -> Step<Element> {
        if self.depth >= MAX_DEPTH {
            return Err(());
        }
        self.depth += 1;
        self.skip_blank();
        let element = self.expression();
        self.depth -= 1;
        let element = element?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        Ok(element)
    }

    fn expression(&mut self) -> Step<Element> {
        let inline = self.inline_expression()?;
        self.skip_blank();
        if !(self.current() == Some(b'-') && self.at(self.ptr + 1) == Some(b'>')) {
            return Ok(inline);
        }
        // Only `{ $variable -> … }` is in the subset.
        let Element::Variable(variable) = inline else {
            return Err(());
        };
        self.ptr += 2;
        self.skip_blank_inline();
        if !self.skip_eol() {
            return Err(());
        }
        self.skip_blank();
        let variants = self.variants()?;
        Ok(Element::Select { variable, variants })
    }

    fn inline_expression(&mut self) -> Step<Element> {
        match self.current() {
            Some(b'"') => {
                self.ptr += 1;
                let mut value = String::new();
                let mut run = self.ptr;
                loop {
                    match self.current() {
                        None | Some(b'\n') => return Err(()),
                        Some(b'"') => break,
                        Some(b'\\') => {
                            value.push_str(self.slice(run, self.ptr)?);
                            let c = match self.at(self.ptr + 1) {
                                Some(b @ (b'\\' | b'"')) => {
                                    self.ptr += 2;
                                    char::from(b)
                                }
                                // fluent-syntax parses `\{` but unescapes it
                                // to U+FFFD; fluent-bundle prints that.
                                Some(b'{') => {
                                    self.ptr += 2;
                                    '\u{FFFD}'
                                }
                                Some(b'u') => self.unicode_escape(4)?,
                                Some(b'U') => self.unicode_escape(6)?,
                                _ => return Err(()),
                            };
                            value.push(c);
                            run = self.ptr;
                        }
                        Some(_) => self.ptr += 1,
                    }
                }
                value.push_str(self.slice(run, self.ptr)?);
                self.ptr += 1;
                Ok(Element::Literal(value))
            }
            Some(b'$') => {
                self.ptr += 1;
                Ok(Element::Variable(self.identifier()?.to_string()))
            }
            // Number literals, terms, message references, functions and
            // nested placeables are outside the subset.
            _ => Err(()),
        }
    }

    /// `\uXXXX` or `\UXXXXXX` at `ptr`; an invalid code point becomes U+FFFD
    /// as in fluent-syntax.
    fn unicode_escape(&mut self, digits: usize) -> Step<char> {
        let start = self.ptr + 2;
        let hex = self.slice(start, start + digits)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(());
        }
        self.ptr = start + digits;
        let code = u32::from_str_radix(hex, 16).map_err(|_| ())?;
        Ok(char::from_u32(code).unwrap_or('\u{FFFD}'))
    }

    fn variants(&mut self) -> Step<Vec<Variant>> {
        let mut variants = Vec::with_capacity(3);
        let mut has_default = false;
        loop {
            let default = self.take(b'*');
            if default {
                if has_default {
                    return Err(());
                }
                has_default = true;
            }
            if !self.take(b'[') {
                break;
            }
            let key = self.variant_key()?;
            let Some(pattern) = self.pattern()? else {
                return Err(());
            };
            variants.push(Variant {
                key,
                default,
                pattern,
            });
            self.skip_blank();
        }
        if has_default {
            Ok(variants)
        } else {
            Err(())
        }
    }

    fn variant_key(&mut self) -> Step<Key> {
        self.skip_blank();
        let key = if self
            .current()
            .is_some_and(|b| b.is_ascii_digit() || b == b'-')
        {
            Key::Number(self.number_literal()?)
        } else {
            Key::Name(self.identifier()?.to_string())
        };
        self.skip_blank();
        self.expect(b']')?;
        Ok(key)
    }

    /// `-?[0-9]+(\.[0-9]+)?`; `None` unless it is written as an integer.
    fn number_literal(&mut self) -> Step<Option<i64>> {
        let negative = self.take(b'-');
        let digits = |p: &mut Self| -> Step<&'s str> {
            let start = p.ptr;
            while p.current().is_some_and(|b| b.is_ascii_digit()) {
                p.ptr += 1;
            }
            if p.ptr == start {
                Err(())
            } else {
                p.slice(start, p.ptr)
            }
        };
        let whole = digits(self)?;
        // fluent-bundle compares a key's written precision too, so `[1.0]`
        // never equals the integer 1.
        let has_fraction = self.take(b'.');
        if has_fraction {
            digits(self)?;
        }
        let value = whole
            .parse::<i64>()
            .ok()
            .map(|n| if negative { -n } else { n });
        Ok(value.filter(|_| !has_fraction))
    }
}
