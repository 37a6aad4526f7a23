//! Signer flags as in `cast`: `--private-key`, or `--keystore <file>` / `--account <name>` (a
//! keystore in `~/.foundry/keystores`) with `--password-file` or `--password`. Keys are never
//! printed.

use std::path::PathBuf;

use alloy::signers::local::PrivateKeySigner;

/// How the transaction signer is given.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct SignerArgs {
    /// Raw private key (hex). Prefer a keystore outside a devnet.
    #[arg(long, env = "ETH_PRIVATE_KEY", hide_env_values = true, conflicts_with_all = ["keystore", "account"])]
    private_key: Option<String>,
    /// Encrypted JSON keystore file.
    #[arg(long, env = "ETH_KEYSTORE", conflicts_with = "account")]
    keystore: Option<PathBuf>,
    /// Keystore name in ~/.foundry/keystores.
    #[arg(long, env = "ETH_KEYSTORE_ACCOUNT")]
    account: Option<String>,
    /// File holding the keystore password.
    #[arg(long, conflicts_with = "password")]
    password_file: Option<PathBuf>,
    /// Keystore password.
    #[arg(long, env = "ETH_PASSWORD", hide_env_values = true)]
    password: Option<String>,
}

impl SignerArgs {
    /// Loads the signer, or says which flag is missing or wrong.
    pub(crate) fn signer(&self) -> Result<PrivateKeySigner, String> {
        if let Some(key) = &self.private_key {
            return key
                .trim()
                .parse()
                .map_err(|_| "--private-key is not a valid 32-byte hex private key".to_owned());
        }
        let keystore = match (&self.keystore, &self.account) {
            (Some(path), _) => path.clone(),
            (None, Some(name)) => {
                let home =
                    std::env::var_os("HOME").ok_or("HOME is not set; pass --keystore <file>")?;
                PathBuf::from(home).join(".foundry/keystores").join(name)
            }
            (None, None) => {
                return Err(
                    "no signer: pass --private-key, --keystore <file> or --account <name>"
                        .to_owned(),
                );
            }
        };
        let password = match (&self.password_file, &self.password) {
            (Some(file), _) => std::fs::read_to_string(file)
                .map_err(|e| format!("cannot read --password-file {}: {e}", file.display()))?
                .trim_end_matches(['\n', '\r'])
                .to_owned(),
            (None, Some(p)) => p.clone(),
            (None, None) => {
                return Err("the keystore needs --password-file or --password".to_owned());
            }
        };
        if !keystore.is_file() {
            return Err(format!(
                "keystore {} does not exist; create one with `cast wallet import <name> --interactive` \
                 or pass --keystore <file>",
                keystore.display()
            ));
        }
        PrivateKeySigner::decrypt_keystore(&keystore, password).map_err(|e| {
            if e.to_string().contains("Mac Mismatch") {
                format!(
                    "wrong password for keystore {} (the password does not decrypt it); check \
                     --password / --password-file",
                    keystore.display()
                )
            } else {
                format!(
                    "cannot decrypt keystore {}: {e} (is it an encrypted JSON keystore?)",
                    keystore.display()
                )
            }
        })
    }
}
