//! The little JSON that storage and export need, read and written by hand.
//! serde_json plus derived impls cost about a tenth of the WebAssembly for
//! one small document shape; this keeps the same text format for far less.

/// A parsed JSON value. Objects keep their members in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Nesting deeper than this is refused: our documents use five levels.
const MAX_DEPTH: usize = 32;

/// Text that is not JSON (or nests absurdly deep).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError;

impl Value {
    pub fn parse(text: &str) -> Result<Value, SyntaxError> {
        let mut parser = Parser {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.at == parser.bytes.len() {
            Ok(value)
        } else {
            Err(SyntaxError)
        }
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole number in `0..=u32::MAX`.
    pub fn as_u32(&self) -> Option<u32> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(n))
            .map(|n| n as u32)
    }
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.bytes.get(self.at) == Some(&byte);
        self.at += usize::from(found);
        found
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(SyntaxError)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(SyntaxError);
        }
        self.skip_space();
        match self.bytes.get(self.at) {
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(SyntaxError);
                        }
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(SyntaxError);
                        }
                        members.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(SyntaxError);
                        }
                    }
                }
                Ok(Value::Object(members))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(SyntaxError),
        }
    }

    /// JSON's number grammar; the value is exact for the integers we store
    /// (times in ms, codes) and close enough for anything else.
    fn number(&mut self) -> Result<Value, SyntaxError> {
        let negative = self.bytes[self.at] == b'-';
        self.at += usize::from(negative);
        let mut mantissa = 0f64;
        let mut exponent = 0i32;
        let digits = self.digits(|d| mantissa = mantissa * 10.0 + f64::from(d));
        if digits == 0 || (digits > 1 && self.bytes[self.at - digits] == b'0') {
            return Err(SyntaxError);
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            let places = self.digits(|d| mantissa = mantissa * 10.0 + f64::from(d));
            if places == 0 {
                return Err(SyntaxError);
            }
            exponent -= places as i32;
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.bytes.get(self.at) {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            self.at += usize::from(sign != 0);
            let mut power = 0i32;
            if self.digits(|d| power = power.saturating_mul(10).saturating_add(i32::from(d))) == 0 {
                return Err(SyntaxError);
            }
            exponent = exponent.saturating_add(if sign < 0 { -power } else { power });
        }
        let value = mantissa * 10f64.powi(exponent.clamp(-400, 400));
        Ok(Value::Number(if negative { -value } else { value }))
    }

    /// Consumes ASCII digits, feeding each to `each`; returns how many.
    fn digits(&mut self, mut each: impl FnMut(u8)) -> usize {
        let start = self.at;
        while let Some(d @ b'0'..=b'9') = self.bytes.get(self.at) {
            each(d - b'0');
            self.at += 1;
        }
        self.at - start
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        if self.bytes.get(self.at) != Some(&b'"') {
            return Err(SyntaxError);
        }
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let byte = *self.bytes.get(self.at).ok_or(SyntaxError)?;
            self.at += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    let escape = *self.bytes.get(self.at).ok_or(SyntaxError)?;
                    self.at += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(SyntaxError),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return Err(SyntaxError),
                _ => out.push(byte),
            }
        }
        // The input was a &str and escapes add whole characters, so this holds.
        String::from_utf8(out).map_err(|_| SyntaxError)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let hex = self.bytes.get(self.at..self.at + 4).ok_or(SyntaxError)?;
        self.at += 4;
        hex.iter().try_fold(0, |n, &h| {
            Ok(n * 16 + char::from(h).to_digit(16).ok_or(SyntaxError)?)
        })
    }

    /// `\uXXXX`, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.bytes[self.at..].starts_with(b"\\u") {
            let rewind = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                return Ok(
                    char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                        .unwrap_or('\u{FFFD}'),
                );
            }
            self.at = rewind;
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }
}

/// Builds compact JSON text, member by member.
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Whether the next member or item needs a comma before it.
    comma: bool,
}

impl Writer {
    pub fn finish(self) -> String {
        self.out
    }

    fn separate(&mut self) {
        if self.comma {
            self.out.push(',');
        }
        self.comma = true;
    }

    /// Starts a member `"key":`; the value written next belongs to it.
    pub fn key(&mut self, key: &str) -> &mut Self {
        self.separate();
        self.push_string(key);
        self.out.push(':');
        self.comma = false;
        self
    }

    pub fn open(&mut self, bracket: char) -> &mut Self {
        self.separate();
        self.out.push(bracket);
        self.comma = false;
        self
    }

    pub fn close(&mut self, bracket: char) -> &mut Self {
        self.out.push(bracket);
        self.comma = true;
        self
    }

    pub fn string(&mut self, value: &str) -> &mut Self {
        self.separate();
        self.push_string(value);
        self
    }

    /// Whole numbers only (times in ms, codes): fractions are rounded away.
    pub fn integer(&mut self, value: f64) -> &mut Self {
        self.separate();
        let rounded = value.round();
        if rounded.is_finite() && rounded.abs() <= 9.0e15 {
            self.out.push_str(&(rounded as i64).to_string());
        } else {
            self.out.push('0');
        }
        self
    }

    pub fn null(&mut self) -> &mut Self {
        self.separate();
        self.out.push_str("null");
        self
    }

    fn push_string(&mut self, value: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        for c in value.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[(c as usize) >> 4]));
                    self.out.push(char::from(HEX[(c as usize) & 15]));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = Value::parse(
            r#" {"a":[1,-2.5e1,true,false,null],"b":"x\"\\\/\n\u00e9\ud83d\ude00","":{}} "#,
        )
        .unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::Array(vec![
                Value::Number(1.0),
                Value::Number(-25.0),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null
            ]))
        );
        assert_eq!(v.get("b").and_then(Value::as_str), Some("x\"\\/\né😀"));
        assert_eq!(v.get(""), Some(&Value::Object(vec![])));
        assert_eq!(
            Value::parse("1763600000000.0").unwrap().as_f64(),
            Some(1763600000000.0)
        );
        assert_eq!(Value::parse("4").unwrap().as_u32(), Some(4));
        assert_eq!(Value::parse("4.5").unwrap().as_u32(), None);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\"}",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "1e",
            "tru",
            "\"\\x\"",
            "\"a",
            "\"\u{1}\"",
            "[1] 2",
            "{'a':1}",
            "\"\\u12\"",
        ] {
            assert_eq!(Value::parse(bad), Err(SyntaxError), "{bad:?}");
        }
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(Value::parse(&deep), Err(SyntaxError));
    }

    #[test]
    fn written_text_reads_back() {
        let mut w = Writer::default();
        w.open('{')
            .key("s")
            .string("quote \" slash \\ tab \t bell \u{7} é")
            .key("n")
            .integer(1763600000000.0);
        w.key("list")
            .open('[')
            .integer(1.0)
            .null()
            .string("")
            .close(']')
            .key("empty")
            .open('{')
            .close('}')
            .close('}');
        let text = w.finish();
        assert_eq!(
            text,
            r#"{"s":"quote \" slash \\ tab \t bell \u0007 é","n":1763600000000,"list":[1,null,""],"empty":{}}"#
        );
        let v = Value::parse(&text).unwrap();
        assert_eq!(
            v.get("s").and_then(Value::as_str),
            Some("quote \" slash \\ tab \t bell \u{7} é")
        );
    }
}
