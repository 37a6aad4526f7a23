//! Images on the wire: grayscale PNGs in `data:image/png;base64,` URLs (28 x 28 for `classify`,
//! up to [`crate::task::MAX_TEXT_IMAGE_SIDE`] a side for `detect_text`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Pixels per side.
pub const SIDE: usize = 28;
/// Pixels per image.
pub const PIXELS: usize = SIDE * SIDE;

const PREFIX: &str = "data:image/png;base64,";

/// A 28 x 28 grayscale image as a PNG in a data URL.
pub fn data_url(pixels: &[u8; PIXELS]) -> String {
    Gray {
        width: SIDE,
        height: SIDE,
        pixels: pixels.to_vec(),
    }
    .data_url()
}

/// A grayscale image of any size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gray {
    /// Columns.
    pub width: usize,
    /// Rows.
    pub height: usize,
    /// `width x height` pixels, row-major, 0 (black) to 255 (white).
    pub pixels: Vec<u8>,
}

impl Gray {
    /// A `width x height` image of one shade.
    pub fn filled(width: usize, height: usize, shade: u8) -> Self {
        Self {
            width,
            height,
            pixels: vec![shade; width * height],
        }
    }

    /// The pixel at column `x`, row `y` (callers stay in bounds).
    pub fn at(&self, x: usize, y: usize) -> u8 {
        self.pixels[y * self.width + x]
    }

    /// This image as a PNG in a data URL.
    pub fn data_url(&self) -> String {
        let mut png = Vec::new();
        {
            let (w, h) = (
                u32::try_from(self.width).unwrap_or(0),
                u32::try_from(self.height).unwrap_or(0),
            );
            let mut encoder = png::Encoder::new(&mut png, w, h);
            encoder.set_color(png::ColorType::Grayscale);
            encoder.set_depth(png::BitDepth::Eight);
            // Writing into a Vec cannot fail for a buffer of the declared size.
            if let Ok(mut writer) = encoder.write_header() {
                let _ = writer.write_image_data(&self.pixels);
            }
        }
        format!("{PREFIX}{}", STANDARD.encode(png))
    }
}

/// The grayscale pixels of a PNG data URL at most `max_side` pixels wide and high, or what is
/// wrong with it. RGB is converted with ITU-R BT.601 luma; alpha is ignored.
pub fn decode_gray(url: &str, max_side: usize) -> Result<Gray, String> {
    let b64 = url
        .strip_prefix(PREFIX)
        .ok_or_else(|| format!("image_url must be a {PREFIX}... URL (miners fetch nothing)"))?;
    let bytes = STANDARD
        .decode(b64.trim())
        .map_err(|e| format!("image_url is not valid base64: {e}"))?;
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .map_err(|e| format!("image is not a PNG: {e}"))?;
    let (width, height) = (reader.info().width as usize, reader.info().height as usize);
    if width == 0 || height == 0 || width > max_side || height > max_side {
        return Err(format!(
            "image must be at most {max_side} x {max_side} pixels, got {width} x {height}"
        ));
    }
    let mut buf = vec![0u8; reader.output_buffer_size().ok_or("image too large")?];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|e| format!("image is not a PNG: {e}"))?;
    let channels = frame.color_type.samples();
    let pixels = buf[..frame.buffer_size()]
        .chunks(channels)
        .take(width * height)
        .map(|px| match frame.color_type {
            png::ColorType::Grayscale | png::ColorType::GrayscaleAlpha => px[0],
            // ITU-R BT.601 luma, as most image libraries convert RGB to gray.
            _ => {
                ((299 * u32::from(px[0]) + 587 * u32::from(px[1]) + 114 * u32::from(px[2])) / 1000)
                    as u8
            }
        })
        .collect::<Vec<u8>>();
    if pixels.len() != width * height {
        return Err(format!(
            "image is not a PNG: {} of its {width} x {height} pixels are missing",
            width * height - pixels.len()
        ));
    }
    Ok(Gray {
        width,
        height,
        pixels,
    })
}

/// The grayscale pixels (0 to 255, row-major) of a 28 x 28 PNG data URL, or what is wrong with it.
pub fn decode(url: &str) -> Result<[u8; PIXELS], String> {
    // The bound is checked on the PNG header, before any pixel is allocated (a small PNG can
    // declare a huge image).
    let gray = decode_gray(url, SIDE).map_err(|e| e.replace("at most ", ""))?;
    if (gray.width, gray.height) != (SIDE, SIDE) {
        return Err(format!(
            "image must be {SIDE} x {SIDE} pixels, got {} x {}",
            gray.width, gray.height
        ));
    }
    let mut out = [0u8; PIXELS];
    out.copy_from_slice(&gray.pixels);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_what_is_not_a_28_by_28_png() {
        let mut pixels = [0u8; PIXELS];
        for (i, p) in pixels.iter_mut().enumerate() {
            *p = (i % 251) as u8;
        }
        let url = data_url(&pixels);
        assert_eq!(decode(&url), Ok(pixels));
        assert!(decode("https://example.com/cat.png").is_err_and(|e| e.contains("fetch nothing")));
        assert!(decode("data:image/png;base64,@@@").is_err_and(|e| e.contains("base64")));
        let not_png = format!("{PREFIX}{}", STANDARD.encode(b"GIF89a"));
        assert!(decode(&not_png).is_err_and(|e| e.contains("not a PNG")));
        let mut big = Vec::new();
        {
            let mut e = png::Encoder::new(&mut big, 32, 32);
            e.set_color(png::ColorType::Grayscale);
            let mut w = e.write_header().expect("header");
            w.write_image_data(&[0u8; 1024]).expect("data");
        }
        let big = format!("{PREFIX}{}", STANDARD.encode(big));
        assert!(decode(&big).is_err_and(|e| e.contains("28 x 28")));
    }
}
