// Package plan models a provincial plan for new rural areas — a Kế hoạch
// such as Kế hoạch 47/KH-STNMT of Sở Tài nguyên và Môi trường Lạng Sơn
// (15/4/2020) — as a document, and tells where it stands on any date.
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
// A Plan is plain data with exported fields; the zero Plan is empty and
// invalid (it lacks a number and a date). Whoever builds or reads a Plan owns
// it; [Status] and the renderers only read it, so a Plan not being changed
// is safe for concurrent use. [Plan.Clone] makes a deep copy.
//
// # JSON
//
// [Read] reads the "Plan, JSON" format of docs/formats.md
// strictly: unknown or duplicate keys, wrong types, malformed dates
// ("30/4/2020", "2020-02-30"), a target whose set the catalog does not know,
// and a responsibility naming a code that no target set has (such as "17.1",
// which 1980/QĐ-TTg splits into 17.1a and 17.1b) are errors, as are invalid
// UTF-8 and control characters in strings and dates outside the years
// 1-9999 ("0000-01-01"), found on reading, never on writing. Every problem is
// reported as an [*Error] carrying its JSON path ("tasks[4].due_before"),
// joined with [errors.Join], sorted by path and capped at [problem.Max]. An
// Error is a [problem.Problem], the one error shape of ntm's core packages:
// it has a stable [problem.Code] (errors.Is(err, problem.DuplicateKey)),
// answers errors.As with a *problem.Problem, and reads in English or
// Vietnamese ([problem.Lines]). Set aliases ("1980") are
// read as canonical IDs ("1980/QĐ-TTg"). [Plan.MarshalJSON] and [Write] write
// the same format, with the model's extra fields as extra keys (purposes,
// requirements, contents, basis titles, stop activities, participant notes,
// the inspection's form, task deliverables): a plan written and read back is
// equal to the original.
//
// # Warnings
//
// [Plan.Validate] (run by [Read]) also returns consistency [Warning]s that do
// not make a plan invalid: a target commune that the route never visits
// (a stop "xã Hòa Lạc" visits the commune "Hòa Lạc"; "xã Nhất Tiến" does not
// visit "Nhật Tiến"), a task due after the inspection window ends, an
// announced date outside the window.
//
// # Agencies in charge of criteria
//
// [DefaultResponsibilitiesLangSon] is a table of the Lạng Sơn departments in
// charge of each criterion of 1980/QĐ-TTg, derived by mirroring the national
// ministries (not taken from a provincial decision). [Merge] puts a plan's
// own responsibilities first and keeps the defaults for the codes the plan
// does not name.
//
// # Status on a date
//
// [Status] takes a plan, the evaluation reports of its communes
// ([evaluate.Report], from [evaluate.Run]) and a date, and returns a
// [PlanStatus]:
//
//   - per target, the matching report's status, criteria met/total and the
//     criterion codes not met or missing, or "not-evaluated";
//   - per task, done, open or overdue ([TaskState]). "Trước ngày 30/4/2020"
//     means the task is overdue ON 30/4/2020 if not done; a task done after
//     the date asked about is not yet done on it;
//   - the inspection upcoming, open or past ([InspectionState]);
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
// deterministic.
//
// # Plan 47
//
// Kế hoạch 47/KH-STNMT is encoded completely in
// examples/huulung/plan-47-KH-STNMT.json and, as a Go value, in this
// package's Example_plan47; a test keeps the two equal.
package plan
