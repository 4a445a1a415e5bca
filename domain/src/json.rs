//! A strict JSON reader (RFC 8259) for the one file the app downloads,
//! `services.json`. `tests/json.rs` compares it with serde_json: on
//! generated valid documents and valid edits of the shipped file (read to
//! the same values, numbers compared as their `u64` value or none), on
//! thousands of damaged copies of them (the same ones accepted, with the
//! same values, the same ones refused; the corpus must hold many of each),
//! and on hand-picked corner cases. The one deliberate difference: a number
//! beyond an f64's range (`1e400`) is read without a value, where serde_json
//! refuses it.
//!
//! Written by hand rather than with serde_json, whose parser, float handling
//! and per-type deserialisers cost more than everything else that reads the
//! data. Since the split it lives in the pages chunk, not the first view;
//! it still earns its place there: reading `services.json` with
//! `serde_json::from_value` over the types' own `Deserialize` made the chunk
//! 40.2 KB larger raw, 14.2 KB brotli (102.5 → 116.6 KB; the first view +58
//! B), measured 2026-12-02 in the release split build (wasm-opt -Oz, brotli
//! -q 11).
//!
//! Numbers keep only what the data uses: whole numbers that fit in a `u64`,
//! written without sign, fraction or exponent (exactly the numbers
//! serde_json reads as a `u64`). Any other number is read (it is valid JSON)
//! but has no value.

/// serde_json refuses the 128th level too: deeper input is an error, never a
/// stack overflow.
const MAX_DEPTH: usize = 127;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// `Some` for a whole number in `u64` range written without a sign,
    /// fraction or exponent; `None` for any other number ("-0" and "1.0"
    /// too, which serde_json reads as floats).
    Number(Option<u64>),
    String(String),
    Array(Vec<Json>),
    /// Members in file order; a repeated key keeps its last value on lookup.
    Object(Vec<(String, Json)>),
}

/// Where and why reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub offset: usize,
    pub reason: &'static str,
}

impl Json {
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut r = Reader {
            bytes: text.as_bytes(),
            src: text,
            pos: 0,
        };
        r.skip_space();
        let value = r.value(0)?;
        r.skip_space();
        if r.pos != r.bytes.len() {
            return r.fail("trailing characters after the value");
        }
        Ok(value)
    }

    /// The member `key` of an object (the last one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    src: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn fail<T>(&self, reason: &'static str) -> Result<T, JsonError> {
        Err(JsonError {
            offset: self.pos,
            reason,
        })
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            self.fail("expected a value")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        match self.peek() {
            None => self.fail("unexpected end of input"),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.fail("expected a value"),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return self.fail("nested too deeply");
        }
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return self.fail("expected a member name");
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return self.fail("expected `:`");
            }
            self.pos += 1;
            self.skip_space();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return self.fail("expected `,` or `}`"),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return self.fail("nested too deeply");
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return self.fail("expected `,` or `]`"),
            }
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                while matches!(self.peek(), Some(b'0'..=b'9')) {
                    self.pos += 1;
                }
            }
            _ => return self.fail("invalid number"),
        }
        let digits = &self.src[start..self.pos];
        let mut whole = true;
        if self.peek() == Some(b'.') {
            whole = false;
            self.pos += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            whole = false;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.digits()?;
        }
        let value = if whole && !negative {
            digits.parse::<u64>().ok()
        } else {
            None
        };
        Ok(Json::Number(value))
    }

    fn digits(&mut self) -> Result<(), JsonError> {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        if self.pos == start {
            self.fail("invalid number")
        } else {
            Ok(())
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            match self.peek() {
                None => return self.fail("unterminated string"),
                Some(b'"') => {
                    out.push_str(&self.src[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.src[run..self.pos]);
                    self.pos += 1;
                    let simple = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => 'u',
                        _ => return self.fail("invalid escape"),
                    };
                    self.pos += 1;
                    if simple == 'u' {
                        let c = self.unicode_escape()?;
                        out.push(c);
                    } else {
                        out.push(simple);
                    }
                    run = self.pos;
                }
                Some(0..=0x1f) => return self.fail("control character in string"),
                Some(_) => self.pos += 1,
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let Some(hex) = self.src.get(self.pos..self.pos + 4) else {
            return self.fail("invalid escape");
        };
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return self.fail("invalid escape");
        }
        self.pos += 4;
        u32::from_str_radix(hex, 16).or_else(|_| self.fail("invalid escape"))
    }

    /// After `\u`: four hex digits, or a surrogate pair of two escapes.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.pos..].starts_with(b"\\u") {
                    return self.fail("unpaired surrogate");
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return self.fail("unpaired surrogate");
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return self.fail("unpaired surrogate"),
            c => c,
        };
        match char::from_u32(code) {
            Some(c) => Ok(c),
            None => self.fail("invalid escape"),
        }
    }
}
