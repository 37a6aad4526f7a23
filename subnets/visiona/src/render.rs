//! Text rendered into images with known answers, for `detect_text` tasks: DejaVu Sans (Debian's
//! `fonts-dejavu-core`, installed by `script/setup.sh`; `TENSORA_FONT` names another TrueType
//! file) drawn with `ab_glyph`. A line's true box is the tight box of the pixels its glyphs ink.

use std::path::PathBuf;

use ab_glyph::{Font, FontVec, PxScale, ScaleFont, point};

use crate::image::Gray;
use crate::ocr::Rect;

/// The environment variable naming the font file.
pub const FONT_ENV: &str = "TENSORA_FONT";

/// Where the font is.
pub fn font_path() -> PathBuf {
    std::env::var_os(FONT_ENV).map_or_else(
        || PathBuf::from("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        PathBuf::from,
    )
}

/// A loaded font.
#[derive(Debug)]
pub struct Pen {
    font: FontVec,
}

/// One line of text drawn into an image, and where its ink is.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// What it says.
    pub text: String,
    /// The tight box of its inked pixels (right and bottom exclusive).
    pub rect: Rect,
}

impl Pen {
    /// Loads the font at [`font_path`].
    pub fn load() -> Result<Self, String> {
        let path = font_path();
        let bytes = std::fs::read(&path).map_err(|e| {
            format!(
                "cannot read the font {} ({e}): install Debian's fonts-dejavu-core (script/setup.sh does) or set {FONT_ENV}",
                path.display()
            )
        })?;
        let font = FontVec::try_from_vec(bytes)
            .map_err(|e| format!("{} is not a TrueType font: {e}", path.display()))?;
        Ok(Self { font })
    }

    /// The width and height in pixels of `text` at `size` pixels (advance width, ascent to
    /// descent).
    pub fn measure(&self, text: &str, size: f32) -> (f32, f32) {
        let font = self.font.as_scaled(PxScale::from(size));
        let mut width = 0.0;
        let mut previous = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = previous {
                width += font.kern(p, id);
            }
            width += font.h_advance(id);
            previous = Some(id);
        }
        (width, font.ascent() - font.descent())
    }

    /// Draws `text` at `size` pixels with its top-left corner (of the ascent line) at `(x, y)` in
    /// `shade` over `image`, and returns where its ink is; `None` if nothing was inked inside the
    /// image.
    pub fn draw(
        &self,
        image: &mut Gray,
        text: &str,
        size: f32,
        x: f32,
        y: f32,
        shade: u8,
    ) -> Option<Drawn> {
        let font = self.font.as_scaled(PxScale::from(size));
        let baseline = y + font.ascent();
        let (mut pen_x, mut previous) = (x, None);
        let (mut x0, mut y0, mut x1, mut y1) = (usize::MAX, usize::MAX, 0usize, 0usize);
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = previous {
                pen_x += font.kern(p, id);
            }
            let glyph = id.with_scale_and_position(PxScale::from(size), point(pen_x, baseline));
            pen_x += font.h_advance(id);
            previous = Some(id);
            let Some(outline) = self.font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            outline.draw(|gx, gy, coverage| {
                let px = bounds.min.x as i64 + i64::from(gx);
                let py = bounds.min.y as i64 + i64::from(gy);
                if coverage <= 0.0
                    || px < 0
                    || py < 0
                    || px >= image.width as i64
                    || py >= image.height as i64
                {
                    return;
                }
                let (px, py) = (px as usize, py as usize);
                let i = py * image.width + px;
                let old = f32::from(image.pixels[i]);
                let new = old + (f32::from(shade) - old) * coverage.min(1.0);
                image.pixels[i] = new.round() as u8;
                // Count a pixel as ink when at least a quarter covered, as a reader sees it.
                if coverage >= 0.25 {
                    (x0, y0, x1, y1) = (x0.min(px), y0.min(py), x1.max(px), y1.max(py));
                }
            });
        }
        (x0 != usize::MAX).then(|| Drawn {
            text: text.to_owned(),
            rect: [x0 as f64, y0 as f64, (x1 + 1) as f64, (y1 + 1) as f64],
        })
    }
}
