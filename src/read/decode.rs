//! Bytes → normalized text: UTF-8 or a detected legacy encoding, NFC, `\n` line endings.
//!
//! STUB: owned by the article helper; replaced by the real implementation.

/// Decodes bytes to text. Returns `Err(reason)` for binary content.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.contains(&0) {
        return Err("binary content (NUL bytes)".into());
    }
    Ok(String::from_utf8_lossy(bytes).replace("\r\n", "\n"))
}
