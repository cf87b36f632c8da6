import Foundation
import Testing
@testable import BudgetExtract

/// A one-column table of labels whose first glyphs start where `starts`
/// says (10-point glyphs), each label's box ending where its text ends, with
/// an amount beside each (`amounts`, else 1, 2, 3 …).
private func labelTable(_ labels: [(text: String, start: Double)], amounts: [Int] = []) -> Table {
    let rows: [PrintedRow] = labels.enumerated().map { index, label in
        let y = Double(index) * 12
        let end = label.start + Double(label.text.count) * 10
        return [PrintedCell(text: label.text, box: Rect(x0: label.start, y0: y, x1: end, y1: y + 10),
                            firstGlyph: Rect(x0: label.start, y0: y, x1: label.start + 10, y1: y + 10)),
                PrintedCell(text: "\(amounts.indices.contains(index) ? amounts[index] : index + 1)", box: Rect(x0: 300, y0: y, x1: 310, y1: y + 10))]
    }
    return Table(PageTable(page: 1, title: "支出表", unit: "万元", header: [[PrintedCell(text: "项目", box: Rect(x0: 0, y0: -12, x1: 20, y1: -2)),
                                                                          PrintedCell(text: "金额", box: Rect(x0: 300, y0: -12, x1: 320, y1: -2))]],
                           rows: rows, columnBounds: [0, 280, 340], rowBounds: [], box: Rect(x0: 0, y0: -12, x1: 340, y1: 200), ruled: true))
}

@Suite("Row levels without codes")
struct RowLevelsTests {
    /// Labels that start one em further in are one level deeper; a start a
    /// third of an em off its step (a justified label) is the same step; a
    /// label alone at its step (a heading centred over the column) is off the
    /// outline; `二、` indented under `（七）` is no outline at all.
    @Test func indentationStepsAreLevels() {
        let labels = [("一般公共服务支出", 40.0), ("人大事务", 50), ("行政运行", 60), ("人大会议费用支出", 63), ("教育支出", 40),
                      ("普通教育支出", 50), ("小学教育", 60), ("资产总额", 120)]
        let levels = IndentLevels(TableReading(labelTable(labels)))
        #expect((0..<7).map { levels.level(row: $0, column: 0) } == [0, 1, 2, 2, 0, 1, 2])
        #expect(levels.level(row: 7, column: 0) == nil && levels.isOffStep(row: 7, column: 0))
        let disagreeing = IndentLevels(TableReading(labelTable([("一、本年支出", 40), ("（一）教育支出", 40), ("（二）卫生健康支出", 40),
                                                                ("二、结转下年", 60), ("三、其他", 60)])))
        #expect(!disagreeing.indents(column: 0))
    }

    /// A justified label whose first glyph strays 0.43 em right of its
    /// siblings' step (北京 2022 决算 表十一, p. 131) is alone at a step of its
    /// own, past the step tolerance but within
    /// ``TableSettings/nearStepBySumsEm`` of them: where its heading adds up
    /// only with it among its items, the sums read it at their level; where
    /// the heading adds up without it, it stays off the outline.
    @Test func strayingLabelIsPlacedBySumsAlone() {
        let labels = [("其他支出", 40.0), ("彩票发行销售机构业务费安排的支出", 50), ("彩票市场调控资金支出", 60),
                      ("彩票公益金安排的支出", 50), ("用于社会福利的彩票公益金支出", 60), ("用于残疾人事业的彩票公益金支出", 60),
                      ("用于城乡医疗救助的彩票公益金支出", 64.3), ("用于其他社会公益事业的彩票公益金支出", 60),
                      ("社会保障和就业支出", 40), ("移民补助支出", 50)]
        let placed = IndentLevels(TableReading(labelTable(labels, amounts: [19, 4, 4, 15, 5, 6, 3, 1, 2, 2])))
        #expect((0..<labels.count).map { placed.level(row: $0, column: 0) } == [0, 1, 2, 1, 2, 2, 2, 2, 0, 1])
        #expect(!placed.isOffStep(row: 6, column: 0))
        let unneeded = IndentLevels(TableReading(labelTable(labels, amounts: [16, 4, 4, 12, 5, 6, 3, 1, 2, 2])))
        #expect(unneeded.level(row: 6, column: 0) == nil && unneeded.isOffStep(row: 6, column: 0))
        #expect(unneeded.level(row: 7, column: 0) == 2)
    }

    /// Centred labels start wherever their length puts them: no levels.
    @Test func centredLabelsAreNoOutline() {
        let centre = 100.0
        let names = ["其他外", "一般公共服务支出", "人大事务", "行政运行", "教育支出与其他"]
        let table = labelTable(names.map { ($0, centre - Double($0.count) * 5) })
        let levels = IndentLevels(TableReading(table))
        #expect((0..<names.count).allSatisfy { levels.level(row: $0, column: 0) == nil })
    }

    /// The sample drawn with levels by indentation only (full-width spaces
    /// before the labels, a wrapped label hanging back to its cell's edge):
    /// each item against the items one step under it, never two steps.
    @Test func indentedOutlineSample() throws {
        let document = try Converter().convert(path: Fixtures.sample("indented-outline.pdf"))
        let checks = document.checks
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        var expected: [String] = []
        for column in ["预算数", "决算数"] {
            expected += ["合计 = 一般公共服务支出 + 教育支出",
                         "一般公共服务支出 = 政府办公厅（室）及相关机构事务 + 发展与改革事务",
                         "政府办公厅（室）及相关机构事务 = 行政运行 + 一般行政管理事务 + 其他政府办公厅（室）及相关机构事务支出",
                         "发展与改革事务 = 行政运行", "教育支出 = 普通教育", "普通教育 = 小学教育 + 初中教育"].map { "\($0) (\(column))" }
        }
        for column in ["本年度預算數", "上年度預算數"] {
            expected += ["壹、提升農業經營及發展計畫 = 一、糧政業務計畫 + 二、穩定肥料供需計畫", "一、糧政業務計畫 = 用人費用 + 服務費用",
                         "用人費用 = 加（夜）班費 + 獎金", "服務費用 = 水電費 + 一般服務費", "二、穩定肥料供需計畫 = 服務費用",
                         "服務費用 = 一般服務費", "貳、促進農地利用計畫 = 一、老農出租農地獎勵計畫",
                         "一、老農出租農地獎勵計畫 = 會費、捐助、補助", "會費、捐助、補助 = 捐助、補助與獎助"].map { "\($0) (\(column))" }
        }
        #expect(checks.map(\.description).sorted() == expected.sorted())
    }

    /// The sample drawn with uneven indentation (uneven-indent.pdf):
    /// `依法分配收入` starts alone at a step of its own, within the noise of
    /// one sibling at `徵收收入`'s step; the amounts read it as their sibling
    /// (both add up to `徵收及依法分配收入`), so `菸品分配收入` is its item,
    /// not `徵收收入`'s; the items furthest in, all of one length, are the
    /// outline's last level because they add up to the items over them.
    @Test func unevenIndentSample() throws {
        let checks = try Converter().convert(path: Fixtures.sample("uneven-indent.pdf")).checks
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        let expected = ["本年度預算數", "上年度預算數"].flatMap { column in
            ["基金來源 = 徵收及依法分配收入 + 勞務收入", "徵收及依法分配收入 = 徵收收入 + 依法分配收入",
             "徵收收入 = 違規罰款收入 + 其他徵收收入", "依法分配收入 = 菸品分配收入",
             "勞務收入 = 服務及規費收入", "基金用途 = 農業發展計畫 + 一般行政管理計畫"].map { "\($0) (\(column))" }
        }
        #expect(checks.map(\.description).sorted() == expected.sorted())
    }

    /// Labels the print sets at the wrong step (stepped-headings.pdf), read
    /// by the sums: `能源储备`, a 款 among the 项 before it, heads its own
    /// 项; `其他专项债券付息支出`, a 项 at the step of its 款, is one of its
    /// 项; `其中：教育费附加收入`, flush left, is a breakdown of `专项收入`
    /// and heads nothing; the closing lines of the cash-flow statement are
    /// no items of the label above them; the letter-spaced headings
    /// (`資　產`) head the flush-left groups, whose names are all of one
    /// length; each plan heads the `一、` printed as far left as it.
    @Test func steppedHeadingsSample() throws {
        let checks = try Converter().convert(path: Fixtures.sample("stepped-headings.pdf")).checks
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        var expected = ["预算数", "决算数"].flatMap { column in
            ["粮油物资储备支出 = 粮油物资事务 + 能源储备 + 重要商品储备", "粮油物资事务 = 行政运行 + 粮食风险基金",
             "能源储备 = 成品油储备 + 其他能源储备支出", "重要商品储备 = 医药储备", "交通运输支出 = 铁路运输", "铁路运输 = 行政运行",
             "一、税收收入 = 增值税 + 企业所得税", "五、债务付息支出 = 地方政府专项债务付息支出",
             "地方政府专项债务付息支出 = 土地储备专项债券付息支出 + 棚户区改造专项债券付息支出 + 其他专项债券付息支出 + 其他政府性基金债务付息支出",
             "六、债务发行费用支出 = 地方政府专项债务发行费用支出", "地方政府专项债务发行费用支出 = 土地储备专项债券发行费用支出"]
                .map { "\($0) (\(column))" }
        }
        expected += ["預算數", "上年度預算數"].flatMap { column in
            ["調整非現金項目 = 提存呆帳 + 流動資產淨減（淨增） + 流動負債淨增（淨減）", "減少其他資產 = 減少其他資產",
             "增加其他資產 = 增加其他資產"].map { "\($0) (\(column))" }
        }
        expected += ["本年度預計數", "上年度預計數"].flatMap { column in
            ["資產總額 = 資產", "負債及基金餘額合計 = 負債 + 基金餘額", "資產 = 流動資產 + 其他資產", "流動資產 = 現金 + 應收款項",
             "其他資產 = 什項資產", "負債 = 流動負債", "流動負債 = 應付款項 + 預收款項", "基金餘額 = 基金餘額", "基金餘額 = 基金餘額"]
                .map { "\($0) (\(column))" }
        }
        expected += ["農村再生規劃及人力培育計畫 = 一、農村規劃及培力 + 二、農業人才多元培育",
                     "一、農村規劃及培力 = (一)鼓勵青年回留農村 + (二)優化農村再生人才培育",
                     "農村再生建設及發展計畫 = 一、農村再生社區發展 + 二、農村發展及活化", "一、農村再生社區發展 = (一)農村再生跨域發展",
                     "(一)農村再生跨域發展 = 營造農村區域發展亮點 + 農村社區綠色照顧"].map { "\($0) (預算數)" }
        #expect(checks.map(\.description).sorted() == expected.sorted())
    }

    /// 类 names without codes: by function, the 合计 takes the 类 alone and
    /// no 类 is checked against the rows under it (款 and 项 that no name
    /// tells apart); by economic class, each 类 against its 款.
    @Test func classNamesSample() throws {
        let checks = try Converter().convert(path: Fixtures.sample("class-names.pdf")).checks
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        let rows = checks.filter { $0.rule != .totalColumn }.map(\.description).sorted()
        var expected = ["合计", "基本支出", "项目支出"].map { "合计 = 社会保障和就业支出 + 卫生健康支出 + 住房保障支出 (\($0))" }
        expected += ["合计", "人员经费", "公用经费"].map { "合计 = 工资福利支出 + 商品和服务支出 + 对个人和家庭的补助 (\($0))" }
        expected += ["合计", "人员经费"].map { "工资福利支出 = 基本工资 + 津贴补贴 (\($0))" }
        expected += ["合计", "人员经费"].map { "对个人和家庭的补助 = 退休费 (\($0))" }
        expected += ["合计", "公用经费"].map { "商品和服务支出 = 办公费 (\($0))" }
        #expect(rows == expected.sorted())
    }

    /// Outlines only the sums show (sum-outline.pdf): project groups under a
    /// unit under `全额`, all flush left; `一、本年支出` over 类 numbered
    /// `一、` again; 款 codes printed without their leading zero. Each total
    /// takes the top level alone, and no heading found by its sums is
    /// checked against the items that found it.
    @Test func sumOutlineSample() throws {
        let checks = try Converter().convert(path: Fixtures.sample("sum-outline.pdf")).checks
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        let rows = checks.filter { $0.rule != .totalColumn }.map(\.description).sorted()
        var expected = ["合计 = 全额 (项目金额)", "收入总计 = 一、本年收入 (收入/本年预算)", "一、本年收入 = 一般公共预算拨款 (收入/本年预算)",
                        "支出总计 = 一、本年支出 + 二、结转下年支出 (支出/本年预算)", "收入总计 = 支出总计"]
        expected += ["合计", "人员经费", "公用经费"].map { "合计 = 工资福利支出 + 商品和服务支出 + 对个人和家庭的补助 (\($0))" }
        #expect(rows == expected.sorted())
    }

    /// The scheme a column's names follow: a 类 only the 政府 economic
    /// scheme has decides for it (its 款 `工资福利支出` is a 部门 类);
    /// 类 of the functional and an economic scheme together decide nothing.
    @Test func schemeOfNames() {
        #expect(ClassificationNames.scheme(of: ["教育支出", "普通教育", "其他支出"]) == ClassificationNames.function)
        #expect(ClassificationNames.scheme(of: ["工资福利支出", "基本工资"]) == ClassificationNames.departmentEconomic)
        #expect(ClassificationNames.scheme(of: ["对事业单位经常性补助", "工资福利支出"]) == ClassificationNames.governmentEconomic)
        #expect(ClassificationNames.scheme(of: ["教育支出", "工资福利支出"]) == nil)
        #expect(ClassificationNames.scheme(of: ["其他支出", "办公费"]) == nil)
        #expect(ClassificationNames.name(of: "一、一般公共服务支出") == "一般公共服务支出")
        #expect(ClassificationNames.name(of: "资本性支出(基本建设)") == "资本性支出（基本建设）")
    }

    /// `参、` (printed for 叁) numbers a part above `一、`, as `參、` does.
    @Test func financialNumeralVariants() {
        #expect(["壹、農業發展基金", "参、農業天然災害救助基金", "參、農村再生基金"].map(OutlineMark.depth(of:)) == [0, 0, 0])
    }
}
