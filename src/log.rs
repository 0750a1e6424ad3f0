//! Diagnostics for whoever runs a kiosk, never for the visitor in front of it. Under foot and
//! cage, kyr's stderr is the screen itself, so a kiosk writes its reports to the file named by
//! `KYR_LOG`, else to the systemd journal's local socket, else nowhere.

use std::io::Write;

const JOURNAL: &str = "/run/systemd/journal/socket";

/// One line for the operator.
pub fn operator(line: &str) {
    let line = line.replace('\n', " ");
    if let Some(path) = std::env::var_os("KYR_LOG") {
        use std::os::unix::fs::OpenOptionsExt;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(path);
        if let Ok(mut file) = file {
            let _ = writeln!(file, "kyr: {line}");
        }
        return;
    }
    // The journal's native protocol: a datagram on a local socket (no network involved).
    if let Ok(socket) = std::os::unix::net::UnixDatagram::unbound() {
        let entry = format!("MESSAGE=kyr: {line}\nPRIORITY=3\nSYSLOG_IDENTIFIER=kyr\n");
        let _ = socket.send_to(entry.as_bytes(), JOURNAL);
    }
}
