import Foundation

/// A horizontal bar chart drawn as SVG on the server: its geometry worked out here, so that the
/// template only places what it is given. Accessible: a title and a description name it, and the
/// page puts the same figures in a table beside it.
struct BarChart {
    struct Bar {
        let label: String
        let value: String
        let labelY: Int
        let barY: Int
        let width: Int
        let valueX: Int
        let valueY: Int
    }

    static let drawingWidth = 520
    static let barArea = 420
    static let rowHeight = 42
    static let barHeight = 16

    let id: String
    let title: String
    let description: String
    let height: Int
    let bars: [Bar]

    /// `data` in the order given; each bar as long as its share of the largest value.
    init(id: String, title: String, description: String, data: [(label: String, value: Decimal, text: String)]) {
        self.id = id
        self.title = title
        self.description = description
        let largest = data.map(\.value).max() ?? 0
        bars = data.enumerated().map { index, item in
            let top = index * Self.rowHeight
            let share = largest > 0 ? NSDecimalNumber(decimal: item.value / largest).doubleValue : 0
            let width = max(item.value > 0 ? 2 : 0, Int((share * Double(Self.barArea)).rounded()))
            return Bar(label: item.label, value: item.text, labelY: top + 14, barY: top + 20, width: width,
                       valueX: width + 6, valueY: top + 20 + Self.barHeight - 3)
        }
        height = max(Self.rowHeight, data.count * Self.rowHeight)
    }
}
