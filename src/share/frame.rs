//! The frame every binary link format shares: one format character, then
//! base64url (no padding) of the format's bytes and a CRC-16 of the format
//! character and those bytes. [`frame`] writes it and [`unframe`] reads it;
//! which character means which format is decided in `share::read` alone.

use super::error::ShareError;

/// A payload's bytes, and whether its check held. A format that can tell a
/// cut from a change looks at its own lengths before it trusts the check.
pub(super) struct Unframed {
    pub body: Vec<u8>,
    pub intact: bool,
}

/// `format`, then `body` and its check in base64url.
pub(super) fn frame(format: char, body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend(crc16(format as u8, body).to_be_bytes());
    let mut out = String::with_capacity(1 + bytes.len().div_ceil(3) * 4);
    out.push(format);
    out.push_str(&base64url(&bytes));
    out
}

/// The bytes of a payload in `format` of at most `max_chars`: the checks
/// every format shares, before its own. Never panics.
pub(super) fn unframe(payload: &str, format: char, max_chars: usize) -> Result<Unframed, ShareError> {
    let payload = payload.trim();
    let mut chars = payload.chars();
    if chars.next().ok_or(ShareError::Empty)? != format {
        return Err(ShareError::UnknownVersion);
    }
    let body_text = chars.as_str();
    if body_text.is_empty() {
        return Err(ShareError::Empty);
    }
    // Characters first: a character the browser percent-encoded (`é` as
    // `%C3%A9`) also lengthens the link, and the character is the fault.
    if !body_text.bytes().all(|c| ALPHABET.contains(&c)) {
        return Err(ShareError::BadCharacters);
    }
    if payload.len() > max_chars {
        return Err(ShareError::TooLong);
    }
    // Every character is valid, so a length base64 cannot have means a cut.
    let mut body = unbase64url(body_text).ok_or(ShareError::Truncated)?;
    if body.len() < 4 {
        return Err(ShareError::Truncated);
    }
    let check = body.split_off(body.len() - 2);
    let intact = crc16(format as u8, &body) == u16::from_be_bytes([check[0], check[1]]);
    Ok(Unframed { body, intact })
}

/// Whether `c` can stand in a payload (the format character included).
pub fn is_payload_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// CRC-16/CCITT-FALSE over the format byte and `bytes`.
fn crc16(format: u8, bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xffff;
    for &byte in std::iter::once(&format).chain(bytes) {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding. Hand-written: thirty lines weigh less in the
/// wasm than a general-purpose crate, and the tests pin it to RFC 4648.
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u32> =
        text.bytes().map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)).collect::<Option<_>>()?;
    if values.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Unused low bits must be zero, so each payload has one spelling.
        let used = (chunk.len() - 1) * 8;
        if chunk.len() < 4 && n & ((1 << (24 - used)) - 1) != 0 {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (raw, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(raw.as_bytes()), encoded);
            assert_eq!(unbase64url(encoded).unwrap(), raw.as_bytes());
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(unbase64url("Zh"), None, "non-zero unused bits");
        assert_eq!(unbase64url("Z"), None);
        assert_eq!(unbase64url("Zm9v+"), None);
    }

    #[test]
    fn crc_matches_the_standard_check_value() {
        // CRC-16/CCITT-FALSE of "123456789" is 0x29B1.
        assert_eq!(crc16(b'1', b"23456789"), 0x29b1);
    }

    #[test]
    fn a_frame_reads_back_and_says_when_its_check_fails() {
        let framed = frame('Z', b"some bytes");
        let back = unframe(&framed, 'Z', 100).ok().unwrap();
        assert!(back.intact);
        assert_eq!(back.body, b"some bytes");
        let mut changed = framed.clone().into_bytes();
        changed[3] = if changed[3] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        assert!(!unframe(&changed, 'Z', 100).ok().unwrap().intact);
        assert_eq!(unframe(&framed, 'Y', 100).err(), Some(ShareError::UnknownVersion));
        assert_eq!(unframe("Z", 'Z', 100).err(), Some(ShareError::Empty));
        assert_eq!(unframe(&framed, 'Z', 5).err(), Some(ShareError::TooLong));
        assert_eq!(unframe("Zab%C3", 'Z', 100).err(), Some(ShareError::BadCharacters));
    }
}
