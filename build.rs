// The NYC pack and the locales are embedded with include_dir, which stable Rust cannot track:
// tell cargo to rebuild when any of their files change.
fn main() {
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=locales");
}
