// Package plan models a provincial plan for new rural areas — a Kế hoạch
// such as Kế hoạch 47/KH-STNMT of Sở Tài nguyên và Môi trường Lạng Sơn (Lạng
// Sơn's Department of Natural Resources and Environment, 15/4/2020) — as a
// document, and tells where it stands on any date:
// [Read] reads a plan, [Status] gives its standing on a date from the
// communes' evaluation reports, and [WriteStatus] writes that standing.
//
// "Plan" here always means a Kế hoạch, an administrative document; never an
// execution plan.
//
// # The document
//
// A [Plan] holds what the Kế hoạch says: number (số hiệu), date (ngày ban
// hành), place, issuer, signer (with "KT." — signing on behalf of — as
// [Signer.OnBehalfOf]), title (trích yếu), purposes and requirements (mục
// đích, yêu cầu), inspection contents (nội dung kiểm tra), legal bases (căn
// cứ, [Basis]), targets ([Target]: a commune brought to a criteria set's
// standard in a year), the inspection ([Inspection]: window, days, announced
// date, route of [Stop]s, [Participant]s, form), responsibilities
// ([Responsibility]: agency → criterion or indicator codes), tasks ([Task]:
// assignee, action, deliverable, "trước ngày" deadline, date done), and
// recipients (nơi nhận). Dates are civil dates ([Date]), written
// "YYYY-MM-DD" in JSON; a nil *Date means "none" (no deadline, not done, not
// announced).
//
// Of all this only the number is required: a plan with its number and one
// target — or its number alone — has a status. What a plan leaves out is
// the zero value: no date, an empty signer, no inspection (a nil
// [Plan.Inspection]), no tasks. The parts a plan lists need what makes them
// usable: a target its commune's name, its set and its year; a task its
// assignee; a responsibility its agency and codes; a basis its number or
// title; a stop its place; a participant its organisation.
//
// A Plan is plain data with exported fields; the zero Plan is empty and
// invalid (it lacks a number). Whoever builds or reads a Plan owns
// it; [Status] and the renderers only read it, so a Plan not being changed
// is safe for concurrent use. [Plan.Clone] makes a deep copy.
//
// # JSON
//
// [Read] reads the "Plan, JSON" format of docs/formats.md strictly (a
// responsibility naming "17.1", which 1980/QĐ-TTg splits into 17.1a and
// 17.1b, is an error; so is the date "30/4/2020"), reporting every problem as
// an [*Error], a [problem.Problem] with its JSON path ("tasks[4].due_before")
// and a stable [problem.Code]. Every key of the plan but "number" may be
// left out (those of its parts as said above), and a key given null reads
// as left out. [Plan.MarshalJSON] and [Write] write
// the same format, with the model's extra fields as extra keys and null for
// a date, signer or inspection the plan leaves out: a plan written and read
// back is equal to the original.
//
// # Warnings
//
// [Plan.Validate] (run by [Read]) also returns consistency [Warning]s that do
// not make a plan invalid: a target commune that the route, when the plan
// gives one, never visits (a stop "xã Hòa Lạc" visits the commune "Hòa
// Lạc"; "xã Nhất Tiến" does not visit "Nhật Tiến"), from 2026 a stop of the
// route at a commune that is no unit of the plan's province in the
// inspection's year (a commune abolished on 1/7/2025, naming the unit that
// succeeded it), a target of a year outside its set's period (51/2025/QĐ-TTg
// is of 2026-2030) or before the year the plan was issued, a task due or done
// in no year of the plan (neither the year it was issued nor a target's
// year), a code of a responsibility without a set that is a different
// criterion in different target sets ("8" of 1980/QĐ-TTg and of
// 51/2025/QĐ-TTg), a task due after the inspection window ends, an announced date
// outside the window, and from
// 2026 a target whose commune is no unit of its province in the target's
// year, as a report on it is warned of (a commune abolished on 1/7/2025,
// naming the unit that succeeded it), and a target whose commune code is
// no unit of the registry (package units) in the target's year, or is the
// code of another commune than the one it names, naming the unit the code
// is of (from 2025: the registry starts on 1/3/2025). A
// warning's String is in Vietnamese with English beside (as the status
// JSON writes it); [Warning.Text] gives it in one language (as the text and
// Markdown of a status do).
//
// # Agencies in charge of criteria
//
// [Merge] puts a plan's own responsibilities first and keeps a table of
// defaults for the codes the plan does not name. A province's table is data,
// not part of this package: `ntm plan --all-agencies` and examples/huulung
// use the Lạng Sơn departments, derived by mirroring the national ministries
// (not taken from a provincial decision).
//
// # Status on a date
//
// [Status] takes a plan, the evaluation reports of its communes
// ([evaluate.Report], from [evaluate.Run]) and a date, and returns a
// [Standing]:
//
//   - per target, the matching report's status, criteria met/total and the
//     criterion codes not met or missing, or "not-evaluated"; and its set's
//     content: a set awaiting its official text (933/QĐ-UBND as built in)
//     is said to be pending beside the set in text and Markdown ("933/QĐ-UBND
//     (chờ văn bản chính thức)"), in the JSON's "content", and in one
//     warning per such set; a status on such a set is provisional
//     ([TargetStatus.Provisional]: "Đạt (tạm tính: chờ văn bản chính
//     thức)", "provisional" in JSON), and the count of targets met says how
//     many are ("đạt 2/3, trong đó 1 tạm tính"). [StatusWith] takes the
//     sets from a catalog (the official text loaded with --sets-from);
//   - per task, done, open or overdue ([TaskState]). "Trước ngày 30/4/2020"
//     means the task is overdue ON 30/4/2020 if not done; a task done after
//     the date asked about is not yet done on it;
//   - the inspection upcoming, open or past ([InspectionState]), or no
//     inspection state (a nil [Standing.Inspection], "inspection": null in
//     JSON) when the plan names no inspection, or names one without a
//     window or a date ([Standing.InspectionUntimed]);
//   - per responsibility a [Brief]: for each target commune whose set has
//     the agency's codes, the status of those criteria or indicators with
//     the indicator codes not met or missing and their gaps — what the
//     agency's written opinion must cover.
//
// [WriteJSON] writes the "Plan status, JSON" format; [WriteText] (Vietnamese,
// or English with lang "en") and [WriteMarkdown] write each brief as the
// outline of the written opinion Plan 47 asks of each agency: "kết quả đạt
// được" (results achieved), "tồn tại, hạn chế" (shortfalls, with the gaps),
// commune by commune, and a "đề xuất giải pháp" (proposed solutions) heading
// marked for the agency to fill in where there are shortfalls. Renderers are
// deterministic; [WriteStatus] is the one entry for them all, choosing by
// [evaluate.RenderOptions] (Format and Lang).
//
// # Plan 47
//
// Kế hoạch 47/KH-STNMT is encoded completely in
// examples/huulung/plan-47-KH-STNMT.json and, as a Go value, in this
// package's Example_plan47; a test keeps the two equal.
package plan
