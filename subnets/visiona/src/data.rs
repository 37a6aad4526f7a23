//! Debian's `dataset-fashion-mnist`: the idx files under `/usr/share/datasets/fashion-mnist/`
//! (installed by `script/setup.sh`; `TENSORA_FASHION_MNIST` names another directory).

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::image::PIXELS;

/// Where the data set is.
pub fn dir() -> PathBuf {
    std::env::var_os("TENSORA_FASHION_MNIST").map_or_else(
        || PathBuf::from("/usr/share/datasets/fashion-mnist"),
        PathBuf::from,
    )
}

/// Images and their labels (0 to 9).
#[derive(Debug, Clone)]
pub struct Split {
    /// Grayscale pixels, row-major.
    pub images: Vec<[u8; PIXELS]>,
    /// The label of each image.
    pub labels: Vec<u8>,
}

fn idx(path: &Path, magic: u32) -> Result<(Vec<u32>, Vec<u8>), String> {
    let file = std::fs::File::open(path).map_err(|e| {
        format!(
            "cannot open {} ({e}): install Debian's dataset-fashion-mnist (script/setup.sh does)",
            path.display()
        )
    })?;
    let mut data = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut data)
        .map_err(|e| format!("{} is not gzip: {e}", path.display()))?;
    let word = |i: usize| {
        data.get(4 * i..4 * i + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    if word(0) != Some(magic) {
        return Err(format!(
            "{} is not an idx file of this kind",
            path.display()
        ));
    }
    let dims = (magic & 0xff) as usize;
    let shape: Vec<u32> = (1..=dims).filter_map(word).collect();
    let body = data.split_off((1 + dims) * 4);
    Ok((shape, body))
}

/// The `t10k` (test) or `train` split.
pub fn load(dir: &Path, split: &str) -> Result<Split, String> {
    let (shape, pixels) = idx(&dir.join(format!("{split}-images-idx3-ubyte.gz")), 0x0803)?;
    let (_, labels) = idx(&dir.join(format!("{split}-labels-idx1-ubyte.gz")), 0x0801)?;
    let n = shape.first().copied().unwrap_or(0) as usize;
    if shape.get(1..) != Some(&[28, 28][..]) || pixels.len() != n * PIXELS || labels.len() != n {
        return Err(format!(
            "the {split} split in {} is malformed",
            dir.display()
        ));
    }
    let images = pixels
        .chunks_exact(PIXELS)
        .map(|c| {
            let mut a = [0u8; PIXELS];
            a.copy_from_slice(c);
            a
        })
        .collect();
    Ok(Split { images, labels })
}
