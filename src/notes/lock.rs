//! Locking a note with a passphrase (age, scrypt). A locked note is stored encrypted; without
//! the passphrase its file says nothing, not even where or when.

use age::secrecy::SecretString;
use std::io::{Read, Write};

/// scrypt's work factor (log2). age's own default is 18; 16 keeps an autosave of a locked
/// note around a tenth of a second on an old laptop while still costing an attacker 2^16
/// scrypt rounds per guess.
const WORK_FACTOR: u8 = 16;

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
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
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
}
