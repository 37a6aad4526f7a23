//! The `tensora` binary: everything is in the library ([`tensora_cli::run`]).

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tensora_cli::run().await
}
