//! Bytes → normalized text: UTF-8 when valid, otherwise a detected legacy encoding
//! (Windows-1252/Latin-1 and friends), then NFC, `\n` line endings and tidy whitespace
//! (see `article::normalize`). Binary content (images, archives, NUL bytes, mostly control
//! characters) is refused with a short reason instead of being indexed as garbage.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::article::normalize::normalize;

/// Decodes bytes to normalized text.
///
/// - A BOM (UTF-8, UTF-16LE/BE) picks the encoding and is stripped.
/// - Valid UTF-8 is taken as is.
/// - Mostly-UTF-8 with a few stray bytes (a file pasted together from two sources) keeps
///   its UTF-8 and reads each stray byte as Windows-1252, so `£` stays `£`.
/// - Anything else is decoded in the encoding `chardetng` guesses.
///
/// Returns `Err(reason)` for binary content. Empty input gives `Ok("")`.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        if encoding == UTF_8 {
            check_not_binary(rest)?;
            return Ok(finish(decode_8bit(&without_nuls(rest))));
        }
        // UTF-16: NUL bytes are expected here, so the binary check runs on the decoded text.
        let (text, _) = encoding.decode_without_bom_handling(rest);
        if text.contains('\0') {
            return Err("binary content (NUL characters)".into());
        }
        return Ok(finish(text.into_owned()));
    }
    check_not_binary(bytes)?;
    Ok(finish(decode_8bit(&without_nuls(bytes))))
}

/// A few stray NUL bytes in a long page are crawler damage, not binary content (one of
/// trafilatura's evaluation pages has 22 in 190 KB): they are dropped, the text kept.
fn without_nuls(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if bytes.contains(&0) {
        bytes.iter().copied().filter(|&b| b != 0).collect()
    } else {
        std::borrow::Cow::Borrowed(bytes)
    }
}

fn finish(text: String) -> String {
    match normalize(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(clean) => clean,
    }
}

/// File signatures of binary formats that are sometimes renamed `.txt` or scraped by mistake.
/// Checked before the control-character ratio so the reason names the format.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"RIFF", "RIFF media"),
    (b"\xd0\xcf\x11\xe0", "legacy office document"),
];

/// Refuses binary content. Text has next to no NUL bytes in an 8-bit or UTF-8 encoding (more
/// than 1 in 1,000 means binary: random bytes have 1 in 256, images and archives far more;
/// fewer is crawler damage, stripped by `without_nuls`), and almost no C0 controls besides tab,
/// newline, CR and form feed; more than 1 in 10 means a binary blob.
fn check_not_binary(bytes: &[u8]) -> Result<(), String> {
    for (magic, what) in SIGNATURES {
        if bytes.starts_with(magic) {
            return Err(format!("binary content ({what})"));
        }
    }
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls * 1000 > bytes.len() {
        return Err(format!(
            "binary content ({nuls} NUL bytes in {})",
            bytes.len()
        ));
    }
    // Counted in chunks of 255 into a u8 so the loop vectorizes (wide lanes, no branches).
    let controls: usize = bytes
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                let control = (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0c);
                n.wrapping_add(u8::from(control | (b == 0x7f)))
            });
            usize::from(n)
        })
        .sum();
    if controls * 10 > bytes.len() {
        return Err(format!(
            "binary content ({controls} control bytes in {})",
            bytes.len()
        ));
    }
    Ok(())
}

/// UTF-8, mixed UTF-8, or a detected single/multi-byte legacy encoding.
fn decode_8bit(bytes: &[u8]) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    if mostly_utf8(bytes) {
        return decode_mixed(bytes);
    }
    // ISO-2022-JP is refused: it is 7-bit, so plain ASCII-looking junk could match it.
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // We already know the bytes are not valid UTF-8.
    let guess = detector.guess(None, Utf8Detection::Deny);
    let encoding = if guess != WINDOWS_1252 && thin_western(bytes) {
        WINDOWS_1252
    } else {
        guess
    };
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// True when a file has only a handful of non-ASCII bytes and all of them are printable
/// in Windows-1252. With so little evidence `chardetng` guesses from byte frequencies
/// alone and picked ISO-8859-2 for BBC `sport/199.txt`, turning its one `£` into `Ł`.
/// English news is far more often Windows-1252 than any Central European code page, so
/// thin evidence goes to Windows-1252; real Cyrillic/Greek/CE text has many high bytes and
/// keeps the detector's guess.
fn thin_western(bytes: &[u8]) -> bool {
    let high = bytes.iter().filter(|b| !b.is_ascii()).count();
    let thin = high <= 8 || high * 100 <= bytes.len();
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252.
    thin && !bytes
        .iter()
        .any(|b| matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d))
}

/// True when valid multi-byte UTF-8 characters outnumber the invalid sequences. In a real
/// Latin-1 file a valid UTF-8 pair needs an unlikely `Ã` + symbol sequence, so valid
/// multi-byte characters there are rare; in a UTF-8 file with a pasted-in Latin-1 byte they
/// are everywhere. Whole-file detection would read such a file as Windows-1252 and turn
/// every `’` into `â€™`.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > invalid
}

/// Valid UTF-8 runs as they are, each invalid byte as Windows-1252 (the usual culprit:
/// `£`, `é`, smart quotes from a Windows editor).
fn decode_mixed(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 16);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for &b in chunk.invalid() {
            let byte = [b];
            let (c, _) = WINDOWS_1252.decode_without_bom_handling(&byte);
            out.push_str(&c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BBC_SPORT_199: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpora/bbc-news/bbc/sport/199.txt"
    );

    macro_rules! ok_cases {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(decode($input).as_deref(), Ok($want));
            }
        )*};
    }

    ok_cases! {
        utf8_passes_through: "Caf\u{e9} \u{201c}quoted\u{201d}".as_bytes() => "Caf\u{e9} \u{201c}quoted\u{201d}";
        utf8_bom_stripped: b"\xef\xbb\xbfHeadline\n" => "Headline\n";
        utf16le_bom: b"\xff\xfeH\x00i\x00\n\x00" => "Hi\n";
        utf16be_bom: b"\xfe\xff\x00H\x00i" => "Hi";
        latin1_pound: b"a \xa315.8m signing from Parma, the \xe9lite club" => "a \u{a3}15.8m signing from Parma, the \u{e9}lite club";
        windows1252_smart_quotes: b"He said \x93no\x94 and it\x92s over" => "He said \u{201c}no\u{201d} and it\u{2019}s over";
        mixed_utf8_keeps_utf8: "it\u{2019}s \u{201c}x\u{201d} caf\u{e9} ".as_bytes().iter().copied().chain(*b"\xa35").collect::<Vec<u8>>().as_slice()
            => "it\u{2019}s \u{201c}x\u{201d} caf\u{e9} \u{a3}5";
        crlf_normalized: b"a\r\nb\r\n\r\nc" => "a\nb\n\nc";
        spaces_collapsed_and_trimmed: b"  a \t b  \n" => "a b\n";
        nfc_applied: "Cafe\u{301}".as_bytes() => "Caf\u{e9}";
        empty_is_ok: b"" => "";
        form_feed_is_text: b"page one\x0cpage two" => "page one page two";
        stray_nul_in_a_long_page_is_dropped: format!("{}\x00end", "word ".repeat(400)).as_bytes()
            => format!("{}end", "word ".repeat(400)).as_str();
    }

    macro_rules! binary_cases {
        ($($name:ident: $input:expr => $reason:expr;)*) => {$(
            #[test]
            fn $name() {
                let err = decode($input).expect_err("must be refused as binary");
                assert!(err.contains($reason), "reason {err:?} should mention {:?}", $reason);
            }
        )*};
    }

    binary_cases! {
        nul_bytes: b"text\x00more text" => "NUL";
        png_renamed_txt: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" => "PNG";
        gzip: b"\x1f\x8b\x08\x00" => "gzip";
        mostly_control: b"\x01\x02\x03\x04abc\x05\x06" => "control";
        utf16_with_nul_char: b"\xff\xfeH\x00\x00\x00" => "NUL";
    }

    #[test]
    fn bbc_sport_199_pound_is_decoded() {
        let bytes = std::fs::read(BBC_SPORT_199).expect("shared corpus present");
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "fixture must be non-UTF-8"
        );
        let text = decode(&bytes).expect("decodes");
        assert!(text.contains("a \u{a3}15.8m signing"), "£ kept");
        assert!(!text.contains('\u{fffd}'));
        assert!(text.starts_with("Chelsea sack Mutu\n\n"));
    }

    #[test]
    fn heavy_non_western_text_keeps_detected_encoding() {
        // "Привет, как дела? Всё хорошо, спасибо." in Windows-1251, repeated.
        let text = "Привет, как дела? Всё хорошо, спасибо. ".repeat(20);
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        let text = decode(&bytes).expect("decodes");
        assert!(text.starts_with("Привет, как дела?"), "{text}");
    }
}
