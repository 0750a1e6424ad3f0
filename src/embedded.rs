//! The NYC pack and its twelve languages, as build.rs compiled them (kyr_content::compiled):
//! checked by the same validator as `kyr check`, so a broken pack does not build.

include!(concat!(env!("OUT_DIR"), "/compiled.rs"));
