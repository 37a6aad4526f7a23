//! The committed `schema.json` is the wire format miners serve at `GET /schema`.

#[test]
fn schema_file_is_what_miners_serve() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.json");
    if let Err(e) = tensora_subnet::check_schema_file::<tensora_visiona::Visiona>(&path) {
        panic!("{e}");
    }
}
