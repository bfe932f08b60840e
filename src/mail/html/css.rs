//! Inline styles and dimensions: what hides an element or makes it tiny.

use super::STYLE_BYTES;
use super::entities::decode_attribute;
use super::output::cut;

/// A width or height attribute of at most one pixel.
pub(super) fn is_tiny(dimension: Option<&str>) -> bool {
    let Some(d) = dimension else { return false };
    let d = d.trim();
    let end = d.find(|c: char| !c.is_ascii_digit()).unwrap_or(d.len());
    end > 0 && !d[end..].starts_with('%') && d[..end.min(6)].parse::<u32>().is_ok_and(|n| n <= 1)
}

#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Style {
    /// The element is not shown.
    pub(super) hidden: bool,
    /// A width or height of at most one pixel.
    pub(super) tiny: bool,
}

/// What an inline style says about visibility (the start of it only).
pub(super) fn style(raw: &str) -> Style {
    let decoded = decode_attribute(cut(raw, STYLE_BYTES));
    let mut result = Style::default();
    let mut zero_height = false;
    let mut clipped = false;
    for declaration in decoded.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let property = property.trim().to_ascii_lowercase();
        let value: String = value
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        let value = value.strip_suffix("!important").unwrap_or(&value);
        match property.as_str() {
            "display" => result.hidden |= value == "none",
            "visibility" => result.hidden |= value == "hidden" || value == "collapse",
            "opacity" => result.hidden |= value.parse::<f64>().is_ok_and(|o| o <= 0.0),
            "height" | "max-height" => {
                zero_height |= css_length(value).is_some_and(|l| l <= 0.0);
                result.tiny |= css_length(value).is_some_and(|l| l <= 1.0);
            }
            "width" | "max-width" => result.tiny |= css_length(value).is_some_and(|l| l <= 1.0),
            "overflow" | "overflow-y" => clipped |= value == "hidden",
            _ => {}
        }
    }
    result.hidden |= zero_height && clipped;
    result
}

/// A length in px (or a unitless zero); `None` for percentages and others.
fn css_length(value: &str) -> Option<f64> {
    let number = value.strip_suffix("px").unwrap_or(value);
    let n = number.parse::<f64>().ok()?;
    (number.len() < value.len() || n == 0.0).then_some(n)
}
