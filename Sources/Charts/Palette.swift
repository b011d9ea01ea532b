// Colours: a colour-blind-safe palette for light pages, a separate one for dark pages, as CSS custom properties.

/// The chart colours. Series use `--chart-1`…`--chart-8`, which a site stylesheet may set; the
/// defaults here are the Okabe–Ito palette, re-tuned for dark backgrounds rather than inverted.
public enum Palette {
    public static let light = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8E7300", "#666666"]
    public static let dark = ["#5AB4F0", "#F5B841", "#3DD6A3", "#E8A3CF", "#FF8A4C", "#9AD3F5", "#E3CF6B", "#B8B8B8"]
    public static let mutedLight = "#C8C8C8"
    public static let mutedDark = "#555555"

    /// The stylesheet every chart carries, so an SVG works alone and inline alike. Text and axes use
    /// `currentColor`; series colours come from the custom properties, with the defaults as fallbacks.
    /// Made once: every chart of a build carries the same text.
    public static let stylesheet: String = {
        var css = ".sg-chart{overflow:visible;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif}.sg-figure,.sg-chart{"
        for (i, color) in light.enumerated() { css += "--sg-c\(i + 1):var(--chart-\(i + 1),\(color));" }
        css += "--sg-muted:var(--chart-muted,\(mutedLight))}"
        css += "@media (prefers-color-scheme:dark){.sg-figure,.sg-chart{"
        for (i, color) in dark.enumerated() { css += "--sg-c\(i + 1):var(--chart-\(i + 1)-dark,\(color));" }
        css += "--sg-muted:var(--chart-muted-dark,\(mutedDark))}}"
        for i in 1...light.count { css += ".sg-chart .f\(i){fill:var(--sg-c\(i))}.sg-chart .k\(i){stroke:var(--sg-c\(i))}" }
        css += ".sg-chart .fm{fill:var(--sg-muted)}.sg-chart .km{stroke:var(--sg-muted)}"
        css += ".sg-chart text{fill:currentColor;font-size:13px}.sg-chart .lbl{font-size:13px}.sg-chart .val{font-size:12px}"
        css += ".sg-chart .big{font-size:56px;font-weight:700}.sg-chart .ttl{font-size:16px;font-weight:700}.sg-chart .sub{opacity:.75}"
        css += ".sg-chart .grid{stroke:currentColor;stroke-opacity:.15}.sg-chart .axis{stroke:currentColor;stroke-opacity:.6}"
        css += ".sg-chart .ann{stroke:currentColor;stroke-opacity:.7;stroke-dasharray:3 3}.sg-chart .band{fill:currentColor;fill-opacity:.07}"
        css += ".sg-narrow{display:none}@container sgchart (max-width:480px){.sg-wide{display:none}.sg-narrow{display:block}}"
        return css
    }()

    /// Only hex colours and plain colour names reach the SVG, so a spec cannot inject markup or CSS.
    public static func isSafeColor(_ text: String) -> Bool {
        if text.hasPrefix("#") {
            let hex = text.dropFirst()
            return [3, 4, 6, 8].contains(hex.count) && hex.allSatisfy(\.isHexDigit)
        }
        return !text.isEmpty && text.count < 30 && text.allSatisfy { $0.isASCII && $0.isLetter }
    }
}
