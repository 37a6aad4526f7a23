//! Images on the wire: 28 x 28 PNGs in `data:image/png;base64,` URLs.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Pixels per side.
pub const SIDE: usize = 28;
/// Pixels per image.
pub const PIXELS: usize = SIDE * SIDE;

const PREFIX: &str = "data:image/png;base64,";

/// A grayscale image as a PNG in a data URL.
pub fn data_url(pixels: &[u8; PIXELS]) -> String {
    let mut png = Vec::new();
    {
        let side = u32::try_from(SIDE).unwrap_or(28);
        let mut encoder = png::Encoder::new(&mut png, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        // Writing into a Vec cannot fail.
        if let Ok(mut writer) = encoder.write_header() {
            let _ = writer.write_image_data(pixels);
        }
    }
    format!("{PREFIX}{}", STANDARD.encode(png))
}

/// The grayscale pixels (0 to 255, row-major) of a 28 x 28 PNG data URL, or what is wrong with it.
pub fn decode(url: &str) -> Result<[u8; PIXELS], String> {
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
    let (width, height) = (reader.info().width, reader.info().height);
    if (width as usize, height as usize) != (SIDE, SIDE) {
        return Err(format!(
            "image must be {SIDE} x {SIDE} pixels, got {width} x {height}"
        ));
    }
    let mut buf = vec![0u8; reader.output_buffer_size().ok_or("image too large")?];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|e| format!("image is not a PNG: {e}"))?;
    let channels = frame.color_type.samples();
    let mut out = [0u8; PIXELS];
    for (i, px) in buf[..frame.buffer_size()]
        .chunks(channels)
        .take(PIXELS)
        .enumerate()
    {
        out[i] = match frame.color_type {
            png::ColorType::Grayscale | png::ColorType::GrayscaleAlpha => px[0],
            // ITU-R BT.601 luma, as most image libraries convert RGB to gray.
            _ => {
                ((299 * u32::from(px[0]) + 587 * u32::from(px[1]) + 114 * u32::from(px[2])) / 1000)
                    as u8
            }
        };
    }
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
