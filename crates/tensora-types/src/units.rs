//! Numbers for people: TORA amounts (`1000 TORA`, `150.5 TORA`) and chain timestamps
//! (`2026-12-02 04:30:00 UTC (in 5m 3s)`). One rule each, used by the CLI and in decoded errors.

use alloy::primitives::U256;
use alloy::primitives::utils::format_units;

/// TORA has 18 decimals: `1000 TORA`, `150.5 TORA`, `0.000000000000000001 TORA`.
pub fn format_tora(amount: U256) -> String {
    format!("{} TORA", format_decimal(amount, 18))
}

/// An 18-decimal amount (TORA, ETH) without trailing zeros: `150.5`, `1000`.
pub fn format_decimal18(amount: U256) -> String {
    format_decimal(amount, 18)
}

/// `amount` with `decimals` decimals, without trailing zeros (`150.5`, `1000`).
pub fn format_decimal(amount: U256, decimals: u8) -> String {
    let text = format_units(amount, decimals).unwrap_or_else(|_| amount.to_string());
    match text.split_once('.') {
        Some((whole, frac)) => {
            let frac = frac.trim_end_matches('0');
            if frac.is_empty() {
                whole.to_owned()
            } else {
                format!("{whole}.{frac}")
            }
        }
        None => text,
    }
}

/// A unix timestamp as a UTC date and its distance from `now` (`in 5m 3s`, `2h 1m ago`, `now`).
pub fn format_time(timestamp: u64, now: u64) -> String {
    let date = i64::try_from(timestamp)
        .ok()
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map_or_else(
            || format!("timestamp {timestamp}"),
            |d| d.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
        );
    format!("{date} ({})", relative(timestamp, now))
}

/// `in 5m 3s`, `2h 1m ago`, `now`.
pub fn relative(timestamp: u64, now: u64) -> String {
    let span = |s: u64| {
        let (d, h, m, s) = (s / 86_400, s / 3_600 % 24, s / 60 % 60, s % 60);
        match (d, h, m) {
            (0, 0, 0) => format!("{s}s"),
            (0, 0, _) => format!("{m}m {s}s"),
            (0, _, _) => format!("{h}h {m}m"),
            _ => format!("{d}d {h}h"),
        }
    };
    match timestamp.cmp(&now) {
        std::cmp::Ordering::Equal => "now".to_owned(),
        std::cmp::Ordering::Greater => format!("in {}", span(timestamp - now)),
        std::cmp::Ordering::Less => format!("{} ago", span(now - timestamp)),
    }
}

/// The wall clock in unix seconds.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tora_amounts_read_as_people_write_them() {
        let wei = |s: &str| alloy::primitives::utils::parse_ether(s).unwrap_or_default();
        assert_eq!(format_tora(wei("1000")), "1000 TORA");
        assert_eq!(format_tora(wei("150.5")), "150.5 TORA");
        assert_eq!(format_tora(U256::from(1)), "0.000000000000000001 TORA");
        assert_eq!(format_tora(U256::ZERO), "0 TORA");
    }

    #[test]
    fn times_have_a_date_and_a_distance() {
        assert_eq!(
            format_time(1_764_650_000, 1_764_650_000 - 303),
            "2025-12-02 04:33:20 UTC (in 5m 3s)"
        );
        assert_eq!(relative(100, 100 + 7_260), "2h 1m ago");
        assert_eq!(relative(100 + 3 * 86_400 + 3_600, 100), "in 3d 1h");
        assert_eq!(relative(5, 5), "now");
    }
}
