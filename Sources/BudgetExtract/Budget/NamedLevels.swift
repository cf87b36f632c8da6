/// The outline a column of names without codes prints through the names
/// themselves: a row named a 类 of the national classifications
/// (ClassificationNames) is a 类, the rows after it, up to the next 类 or
/// total, lie under it.
///
/// Under an economic 类 the rows are its 款. Under a functional 类 they are
/// 款 and 项, which no name tells apart: their level is not known, and no
/// check may take them as the parts of one sum. A column whose labels carry
/// outline marks (`一、`, `（一）`) is left to the marks. Rows before the first 类
/// (`一、本年支出` above the 类 it groups, a unit's name) are not known
/// either: they may stand above the 类 or beside them.
struct NamedLevels {
    struct Level: Equatable {
        /// 0 for a 类 (and a row before the first 类), 1 for a row under a 类.
        var depth: Int
        /// Whether the depth places the row among its neighbours.
        var known: Bool
    }

    /// For each label column that follows a classification, each body row's level.
    private let levels: [Int: [Int: Level]]

    /// Fewer 类 rows than this do not make a column a classification's list.
    static let minimumClasses = 2

    init(_ reading: TableReading) {
        var levels: [Int: [Int: Level]] = [:]
        for column in 0..<reading.table.columnCount {
            let labels = RowLevels.labels(of: reading, column: column).map { row, cell in
                (row: row, name: TotalRank(label: cell.text) == nil ? ClassificationNames.name(of: cell.text) : nil,
                 marked: OutlineMark.depth(of: cell.text) < OutlineMark.unmarked)
            }
            // Where outline marks number the labels, they tell the outline.
            guard !labels.contains(where: \.marked), let scheme = ClassificationNames.scheme(of: labels.compactMap(\.name)),
                  labels.filter({ $0.name.map(scheme.classes.contains) ?? false }).count >= Self.minimumClasses else { continue }
            var columnLevels: [Int: Level] = [:]
            var currentClass: String?
            for label in labels {
                // A total closes the 类 above it.
                guard let name = label.name else {
                    currentClass = nil
                    continue
                }
                // A 类 named again under itself (`其他支出` over its 款 `其他支出`) is its part.
                if scheme.classes.contains(name) && name != currentClass {
                    currentClass = name
                    columnLevels[label.row] = Level(depth: 0, known: true)
                } else {
                    columnLevels[label.row] = currentClass == nil ? Level(depth: 0, known: false)
                        : Level(depth: 1, known: scheme.oneLevelBelow)
                }
            }
            levels[column] = columnLevels
        }
        self.levels = levels
    }

    /// Whether some column follows a classification.
    var readsAny: Bool { !levels.isEmpty }

    /// The level of a row's label in a column, nil where the column follows no classification.
    func level(row: Int, column: Int) -> Level? {
        levels[column]?[row]
    }
}
