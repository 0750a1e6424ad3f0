//! Locking a note with a passphrase (age, scrypt). A locked note is stored encrypted; without
//! the passphrase its file says nothing, not even where or when.

use age::secrecy::SecretString;
use std::io::{Read, Write};

/// scrypt's work factor (log2). age's own default is 18; 16 keeps an autosave of a locked
/// note around a tenth of a second on an old laptop while still costing an attacker 2^16
/// scrypt rounds per guess.
const WORK_FACTOR: u8 = 16;

/// The most a note may ask of scrypt when it is opened.
const MAX_WORK_FACTOR: u8 = 18;

/// The bytes of a file that starts like an age file.
pub fn is_locked(bytes: &[u8]) -> bool {
    bytes.starts_with(b"age-encryption.org/")
}

pub fn lock(plain: &[u8], passphrase: &str) -> Result<Vec<u8>, String> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(WORK_FACTOR);
    let recipients: [&dyn age::Recipient; 1] = [&recipient];
    let encryptor =
        age::Encryptor::with_recipients(recipients.into_iter()).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| e.to_string())?;
    writer.write_all(plain).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// The plain bytes, or `None` when the passphrase is wrong or the file is damaged.
pub fn unlock(locked: &[u8], passphrase: &str) -> Option<Vec<u8>> {
    let decryptor = age::Decryptor::new_buffered(locked).ok()?;
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    // A planted file asking for a huge work factor would freeze the guide for many seconds
    // and gigabytes per try; kyr writes 16, age's own tools 18.
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let identities: [&dyn age::Identity; 1] = [&identity];
    let mut reader = decryptor.decrypt(identities.into_iter()).ok()?;
    let mut plain = Vec::new();
    reader.read_to_end(&mut plain).ok()?;
    Some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_passphrase_opens_wrong_one_does_not() {
        let locked = lock("place = \"Brooklyn\"".as_bytes(), "correct horse").unwrap();
        assert!(is_locked(&locked));
        assert!(!String::from_utf8_lossy(&locked).contains("Brooklyn"));
        assert_eq!(
            unlock(&locked, "correct horse").unwrap(),
            b"place = \"Brooklyn\""
        );
        assert_eq!(unlock(&locked, "wrong horse"), None);
        assert_eq!(unlock(b"not an age file", "correct horse"), None);
    }

    #[test]
    fn a_note_that_asks_for_a_huge_work_factor_is_refused_at_once() {
        let locked = lock(b"x", "pass").unwrap();
        let text = String::from_utf8_lossy(&locked).into_owned();
        // The scrypt stanza names its work factor: "-> scrypt <salt> 16".
        let planted = text.replacen(" 16\n", " 22\n", 1);
        assert_ne!(planted, text);
        let started = std::time::Instant::now();
        assert_eq!(unlock(planted.as_bytes(), "pass"), None);
        // 2^22 rounds take many seconds and gigabytes; a refusal takes none.
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }
}
