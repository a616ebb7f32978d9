//! Text → text with UTF-8 mojibake repaired: `â€œWe willâ€� said FranÃ§ois` → `“We will” said
//! François`. Scraped pages and feeds often hold UTF-8 that went through Windows-1252 once (the
//! page was mislabelled, or a CMS re-encoded it); every curly quote then becomes three
//! characters and the quotes stage finds no quotation mark at all.
//!
//! Repair is per character sequence, not per document, because such text is usually mixed
//! (the template is right, the article wrong): a sequence is read back as the Windows-1252 bytes
//! it came from and kept only when those bytes are a valid UTF-8 character — a lead character
//! `Â`…`ô` followed by exactly the continuation characters its byte calls for. Real words almost
//! never write `Ã§` or `â€œ`, so correct text passes through unchanged. Several layers of
//! damage (`Ã¢â‚¬â„¢`) are undone by passes until nothing changes. ftfy does this and more in
//! Python; the Rust ports are young, and this one case is most of what news text needs.

/// The text repaired, or None when nothing needed it (the common case: one scan, no copy).
pub(crate) fn repair(text: &str) -> Option<String> {
    let mut fixed = repair_once(text)?;
    // Each pass shortens the text, so this ends.
    while let Some(again) = repair_once(&fixed) {
        fixed = again;
    }
    Some(fixed)
}

fn repair_once(text: &str) -> Option<String> {
    // Fast path, so text with accents ("café") is not copied: a lead character `Â`..`ô`
    // (0xC3 0x82..=0xB4 in UTF-8) right before a character a continuation byte can become.
    let bytes = text.as_bytes();
    if !bytes.contains(&0xC3) {
        return None;
    }
    let suspect = bytes.windows(4).any(|w| {
        w[0] == 0xC3
            && (0x82..=0xB4).contains(&w[1])
            && match w[2] {
                0xC2 => (0x80..=0xBF).contains(&w[3]),
                0xE2 => matches!(w[3], 0x80 | 0x82 | 0x84),
                0xC5 | 0xC6 | 0xCB | 0xEF => true,
                _ => false,
            }
    });
    if !suspect {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if let Some((fixed, used)) = decode_at(&chars[i..]) {
            out.push(fixed);
            i += used;
            changed = true;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    changed.then_some(out)
}

/// The character that `chars` starts with if it is one UTF-8 character read as Windows-1252,
/// and how many characters it took.
fn decode_at(chars: &[char]) -> Option<(char, usize)> {
    let lead = u32::from(*chars.first()?);
    let conts = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut buf = [0u8; 4];
    buf[0] = lead as u8;
    for k in 1..=conts {
        let c = *chars.get(k)?;
        buf[k] = match continuation_byte(c) {
            Some(b) => b,
            // An undefined Windows-1252 byte came out as U+FFFD: in `â€�` that was 0x9D, the
            // closing quotation mark ” (E2 80 9D), far the most common character behind it.
            None if c == '\u{FFFD}' && k == 2 && buf[0] == 0xE2 && buf[1] == 0x80 => 0x9D,
            None => return None,
        };
    }
    let s = std::str::from_utf8(&buf[..=conts]).ok()?;
    let fixed = s.chars().next()?;
    Some((fixed, conts + 1))
}

/// The Windows-1252 byte 0x80..=0xBF that decodes to `c`, if any (C1 controls stand for the
/// bytes Windows-1252 leaves undefined, as some decoders emit them).
fn continuation_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{BF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn utf8_read_as_windows_1252_is_read_back() {
        let cases = [
            (
                "â€œWe will not,â€� said FranÃ§ois Hollande. Itâ€™s over.",
                "“We will not,” said François Hollande. It’s over.",
            ),
            ("GuantÃ¡namo and SÃ£o Paulo", "Guantánamo and São Paulo"),
            // Two layers.
            ("doesÃ¢â‚¬â„¢t", "does’t"),
        ];
        for (bad, good) in cases {
            assert_eq!(repair(bad).as_deref(), Some(good), "{bad}");
        }
    }

    #[test]
    fn normalize_repairs_mojibake() {
        let text = "â€œWe will not,â€�  said FranÃ§ois.";
        let got = super::super::normalize::normalize(text);
        assert_eq!(got, "“We will not,” said François.");
        // Decomposed mojibake (a PolNeAR archive writes "Ã" as "A" and a combining tilde).
        let got = super::super::normalize::normalize("said FranA\u{303}\u{A7}ois.");
        assert_eq!(got, "said François.");
    }

    #[test]
    fn correct_text_is_left_alone() {
        for text in [
            "“We will,” said François. NAÇÃO, São Paulo, Ångström, café au lait.",
            "Prices rose 5%. À bientôt! ÂNGULO",
            "",
        ] {
            assert_eq!(repair(text), None, "{text}");
        }
    }
}
