"""The words of the rest of the inspection cycle: the team, the evidence for each finding,
the follow-up after a conclusion (issue 12). Procedure results are ``words_tthc``.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # the remediation step
    "stage.fixed": ("Đã khắc phục", "Fixed"),
    "step.fixed": ("Báo cáo khắc phục", "Remediation report"),
    "agenda.step.fixed": ("Báo cáo khắc phục", "Remediation report"),
    "tui.step_short.fixed": ("Khắc phục", "Fixes"),
    "report.unit.step.fixed": ("báo cáo khắc phục", "remediation report"),
    "report.unit.done.fixed": ("đã khắc phục {date}", "fixed {date}"),
    "choice.step.fixed": ("khac-phuc (fixed)", "fixed (khac-phuc)"),
    "fieldname.fix_by": ("Hạn báo cáo khắc phục", "Fixes due"),
    "fieldname.fixed_on": ("Ngày báo cáo khắc phục", "Fixes reported on"),
    "fieldname.issues": ("Tồn tại, hạn chế", "Shortcomings"),
    "fieldname.team_decision": ("Quyết định thành lập Đoàn", "Team decision"),
    "fieldname.team_members": ("Thành viên Đoàn", "Team member"),
    "fieldname.team_units": ("Phân công kiểm tra", "Assigned to"),
    "action.team_add": ("thêm thành viên Đoàn", "add team member"),
    "action.team_edit": ("sửa thành viên Đoàn", "edit team member"),
    "action.team_remove": ("bớt thành viên Đoàn", "remove team member"),
    "action.team_decision": ("ghi quyết định thành lập Đoàn", "record the team's decision"),
    "action.team_assign": ("phân công", "assign"),
    "action.team_unassign": ("bỏ phân công", "unassign"),
    "action.evidence": ("tài liệu kiểm chứng", "evidence"),
    "action.follow_up": ("yêu cầu khắc phục", "fixes required"),
    # roles
    "role.truong-doan": ("Trưởng đoàn", "Team leader"),
    "role.pho-doan": ("Phó Trưởng đoàn", "Deputy leader"),
    "role.thanh-vien": ("Thành viên", "Member"),
    "role.thu-ky": ("Thư ký", "Secretary"),
    "what.role": ("vai trò", "role"),
    "choice.role.truong-doan": ("truong-doan (trưởng đoàn)", "truong-doan (leader)"),
    "choice.role.pho-doan": ("pho-doan (phó trưởng đoàn)", "pho-doan (deputy)"),
    "choice.role.thanh-vien": ("thanh-vien (thành viên)", "thanh-vien (member)"),
    "choice.role.thu-ky": ("thu-ky (thư ký)", "thu-ky (secretary)"),
    # the team: results and refusals
    "done.team_add": (
        "Đã thêm {name} ({role}) vào Đoàn kiểm tra.",
        "Added {name} ({role}) to the team.",
    ),
    "done.team_edit": ("Đã sửa: {name} ({role}).", "Updated {name} ({role})."),
    "done.team_remove": (
        "Đã bớt {name} khỏi Đoàn kiểm tra{units}.",
        "Removed {name} from the team{units}.",
    ),
    "done.team_remove_units": (" và khỏi {count} đơn vị được phân công", " and from {count} units"),
    "done.team_decision": (
        "Đoàn kiểm tra thành lập theo Quyết định số {number} ngày {date}.",
        "The team was set up by decision no. {number} of {date}.",
    ),
    "done.team_assign": ("{name} kiểm tra {unit}.", "{name} inspects {unit}."),
    "done.team_unassign": (
        "{name} không kiểm tra {unit} nữa.",
        "{name} no longer inspects {unit}.",
    ),
    "member_unknown": (
        "Đoàn kiểm tra không có thành viên “{query}”. Thành viên: {members}.",
        "No team member named “{query}”. Members: {members}.",
    ),
    "member_ambiguous": (
        "“{query}” khớp nhiều thành viên: {candidates}. Hãy gõ rõ hơn.",
        "“{query}” matches several members: {candidates}. Type more of the name.",
    ),
    "member_name_empty": ("Chưa nhập họ tên thành viên.", "No member name given."),
    "decision_number_empty": ("Chưa nhập số quyết định.", "No decision number given."),
    "text_too_long": (
        "Dài {length} ký tự, tối đa {limit}.",
        "{length} characters long; the limit is {limit}.",
    ),
    "team.one_leader": (
        "Đoàn đã có Trưởng đoàn: {leader}. Đổi vai trò của người đó trước.",
        "The team already has a leader: {leader}. Change their role first.",
    ),
    "team.already_assigned": (
        "{member} đã được phân công kiểm tra {unit}.",
        "{member} already inspects {unit}.",
    ),
    "team.not_assigned": (
        "{member} không được phân công kiểm tra {unit}.",
        "{member} does not inspect {unit}.",
    ),
    "team.clash": (
        "{member} được phân công kiểm tra {count} đơn vị cùng ngày {date}: {units}",
        "{member} is due at {count} units on {date}: {units}",
    ),
    "team.empty": ("Chưa có thành viên Đoàn kiểm tra.", "The team has no members yet."),
    "team.heading": ("Đoàn kiểm tra", "Inspection team"),
    "team.decision": (
        "Thành lập theo Quyết định số {number} ngày {date}",
        "Set up by decision no. {number} of {date}",
    ),
    "team.no_decision": ("Chưa ghi quyết định thành lập Đoàn", "No decision recorded yet"),
    "team.member_line": ("{name} — {role}{office}", "{name} — {role}{office}"),
    "team.units": ("kiểm tra: {units}", "inspects: {units}"),
    "team.no_units": ("chưa phân công đơn vị nào", "no unit assigned yet"),
    "team.inspectors": ("Thành viên đoàn kiểm tra: {names}", "Inspected by: {names}"),
    "team.clashes": ("Trùng lịch", "Double-booked"),
    # evidence
    "evidence.none": ("chưa có tài liệu kiểm chứng", "no evidence yet"),
    "evidence.missing": ("không có tài liệu kiểm chứng: {reason}", "no evidence: {reason}"),
    "evidence.heading": ("Tài liệu kiểm chứng", "Evidence"),
    "evidence.count": ("{n} tài liệu", "{n} document(s)"),
    "evidence.ref": ("số {ref}", "no. {ref}"),
    "evidence.on": ("ngày {date}", "of {date}"),
    "evidence_empty": (
        "Tài liệu kiểm chứng trống: ghi ít nhất số hiệu hoặc mô tả.",
        "Empty evidence: give at least a number or a description.",
    ),
    "evidence_two.ref": (
        "“{text}” có hai số hiệu; các phần cách nhau bởi “;”: số hiệu; ngày; mô tả; đường dẫn.",
        "“{text}” has two numbers; parts are separated by “;”: number; date; description; link.",
    ),
    "evidence_two.on": (
        "“{text}” có hai ngày; các phần cách nhau bởi “;”: số hiệu; ngày; mô tả; đường dẫn.",
        "“{text}” has two dates; parts are separated by “;”: number; date; description; link.",
    ),
    "evidence_two.link": (
        "“{text}” có hai đường dẫn; mỗi tài liệu ghi riêng một --evidence.",
        "“{text}” has two links; give each document its own --evidence.",
    ),
    "evidence_unknown": (
        "Nội dung này không có tài liệu số {number} (có {count}).",
        "This item has no evidence number {number} (it has {count}).",
    ),
    "evidence_both": (
        "Đã ghi tài liệu kiểm chứng thì không ghi lý do không có tài liệu.",
        "An item with evidence needs no reason for missing evidence.",
    ),
    "item_nothing": (
        "Cần kết quả đánh giá, --note, --evidence, --drop-evidence hoặc --no-evidence.",
        "Give a verdict, --note, --evidence, --drop-evidence or --no-evidence.",
    ),
    "done.evidence": (
        "{unit}: {item} — {count} tài liệu kiểm chứng.",
        "{unit}: {item} — {count} piece(s) of evidence.",
    ),
    "done.evidence_missing": (
        "{unit}: {item} — không có tài liệu kiểm chứng: {reason}.",
        "{unit}: {item} — no evidence: {reason}.",
    ),
    "warn.met_without_evidence": (
        "{item} đánh giá Đạt nhưng chưa có tài liệu kiểm chứng",
        "{item} is met but has no evidence",
    ),
    # follow-up after the conclusion
    "follow_up.due": ("hạn báo cáo khắc phục {date}", "fixes due {date}"),
    "follow_up.issues": ("tồn tại, hạn chế: {issues}", "shortcomings: {issues}"),
    "follow_up.done": ("đã báo cáo khắc phục {date}", "fixes reported {date}"),
    "rule.fix_before_conclusion": (
        "{unit}: hạn khắc phục {date} trước ngày kết luận ({concluded}).",
        "{unit}: the fix deadline {date} is before the conclusion ({concluded}).",
    ),
    "rule.no_follow_up": (
        "{unit} không có yêu cầu khắc phục: ghi hạn khắc phục trước (--fix-by).",
        "{unit} has no fixes required: set a deadline first (--fix-by).",
    ),
    "rule.follow_up_needs_conclusion": (
        "{unit} chưa có kết luận: kết luận trước rồi mới yêu cầu khắc phục.",
        "{unit} has no conclusion yet: conclude before asking for fixes.",
    ),
    "rule.already_fixed": (
        "{unit} đã báo cáo khắc phục ngày {date}; không đổi yêu cầu được nữa.",
        "{unit} reported its fixes on {date}; the request can no longer change.",
    ),
    "issue_empty": ("Tồn tại, hạn chế trống.", "An empty shortcoming."),
    "done.follow_up": ("{unit}: {what}.", "{unit}: {what}."),
    # the command line
    "cli.team": (
        "Đoàn kiểm tra: xem; add/remove thành viên; decision (quyết định thành lập); "
        "assign/unassign (phân công)",
        "the inspection team: list; add/remove members; decision (that set it up); "
        "assign/unassign units",
    ),
    "cli.team_action": (
        "add (them), remove (bot), decision (quyet-dinh), assign (phan-cong), "
        "unassign (bo-phan-cong); không có: xem Đoàn",
        "add (them), remove (bot), decision (quyet-dinh), assign (phan-cong), "
        "unassign (bo-phan-cong); none: list the team",
    ),
    "cli.team_words": (
        "add/remove: HỌ-TÊN; decision: SỐ; assign/unassign: HỌ-TÊN ĐƠN-VỊ…",
        "add/remove: NAME; decision: NUMBER; assign/unassign: NAME UNIT…",
    ),
    "cli.role": (
        "vai trò: truong-doan, pho-doan, thanh-vien, thu-ky",
        "role: truong-doan, pho-doan, thanh-vien, thu-ky",
    ),
    "cli.office": ("nơi công tác, ví dụ “Phòng Nội vụ”", "where the member works"),
    "cli.decision_on": (
        "ngày ký quyết định (mặc định: hôm nay)",
        "the day the decision was signed (default: today)",
    ),
    "cli.metavar.action": ("VIỆC", "ACTION"),
    "cli.metavar.words": ("HỌ-TÊN/SỐ ĐƠN-VỊ", "NAME/NUMBER UNIT"),
    "cli.metavar.role": ("VAI-TRÒ", "ROLE"),
    "cli.metavar.office": ("NƠI-CÔNG-TÁC", "OFFICE"),
    "cli.metavar.fix_by": ("NGÀY", "DATE"),
    "cli.metavar.issue": ("TỒN-TẠI", "TEXT"),
    "cli.metavar.evidence": ("TÀI-LIỆU", "TEXT"),
    "cli.metavar.drop_evidence": ("SỐ-TT", "N"),
    "cli.metavar.no_evidence": ("LÝ-DO", "REASON"),
    "team.usage_action": (
        "không có việc “{action}”: dùng add, remove, decision, assign hoặc unassign",
        "no action “{action}”: use add, remove, decision, assign or unassign",
    ),
    "team.usage_add": (
        "cách dùng: team add HỌ-TÊN --role VAI-TRÒ [--office NƠI-CÔNG-TÁC]",
        "usage: team add NAME --role ROLE [--office OFFICE]",
    ),
    "team.usage_remove": ("cách dùng: team remove HỌ-TÊN", "usage: team remove NAME"),
    "team.usage_decision": (
        "cách dùng: team decision SỐ --on NGÀY",
        "usage: team decision NUMBER --on DATE",
    ),
    "team.usage_assign": (
        "cách dùng: team assign HỌ-TÊN ĐƠN-VỊ [ĐƠN-VỊ …]",
        "usage: team assign NAME UNIT [UNIT …]",
    ),
    "team.usage_unassign": (
        "cách dùng: team unassign HỌ-TÊN ĐƠN-VỊ [ĐƠN-VỊ …]",
        "usage: team unassign NAME UNIT [UNIT …]",
    ),
    "cli.fix_by": (
        "hạn đơn vị gửi báo cáo khắc phục (mặc định: follow_up_days của kế hoạch, nếu có)",
        "the day the unit must report its fixes by (default: the plan's follow_up_days, if set)",
    ),
    "cli.issue": (
        "một tồn tại, hạn chế cần khắc phục (lặp lại được)",
        "a shortcoming to fix (repeatable)",
    ),
    "cli.evidence": (
        "thêm tài liệu kiểm chứng: “số hiệu; ngày; mô tả; đường dẫn” (lặp lại được)",
        "add evidence: “number; date; description; link” (repeatable)",
    ),
    "cli.drop_evidence": (
        "bỏ tài liệu kiểm chứng số thứ tự N (lặp lại được)",
        "remove the evidence numbered N (repeatable)",
    ),
    "cli.no_evidence": (
        "lý do không có tài liệu kiểm chứng",
        "why there is no evidence",
    ),
    "plan_file_twice": (
        "Tệp kế hoạch ghi “{what}” hai lần.",
        "The plan file gives “{what}” twice.",
    ),
    # the report
    "report.team.none": (
        "Chưa ghi thành phần Đoàn kiểm tra.",
        "The inspection team is not recorded yet.",
    ),
    "report.team.lead": (
        "Đoàn kiểm tra được thành lập theo Quyết định số {number} ngày {date}, "
        "gồm {count} thành viên.",
        "The inspection team was set up by decision no. {number} of {date}; "
        "it has {count} members.",
    ),
    "report.team.lead_no_decision": (
        "Đoàn kiểm tra gồm {count} thành viên (chưa ghi quyết định thành lập).",
        "The inspection team has {count} members (its decision is not recorded yet).",
    ),
    "report.team.table": ("Thành phần Đoàn kiểm tra", "The inspection team"),
    "report.team.clashes": ("Thành viên Đoàn trùng lịch", "Team members double-booked"),
    "report.col.member": ("Họ và tên", "Name"),
    "report.col.role": ("Chức danh trong Đoàn", "Role"),
    "report.col.office": ("Nơi công tác", "Office"),
    "report.col.member_units": ("Đơn vị được phân công kiểm tra", "Units assigned"),
    "report.col.inspectors": ("Thành viên Đoàn kiểm tra", "Inspected by"),
    "report.col.evidence": ("Tài liệu kiểm chứng", "Evidence"),
    "report.col.evidence_count": ("Số tài liệu kiểm chứng", "Pieces of evidence"),
    "report.col.unproven_count": ("Số nội dung Đạt chưa có tài liệu", "Met without evidence"),
    "report.col.fix_result": ("Kết quả khắc phục", "Fixes"),
    "report.unproven": ("Đạt chưa có tài liệu kiểm chứng", "Items met without evidence"),
    "report.all_proven": (
        "Mọi nội dung đánh giá Đạt đều có tài liệu kiểm chứng (hoặc lý do không có).",
        "Every item met has its evidence (or a reason why not).",
    ),
    "report.follow_up": ("Yêu cầu khắc phục sau kết luận", "Fixes required by conclusions"),
    "report.no_follow_up": (
        "Chưa có kết luận nào yêu cầu khắc phục.",
        "No conclusion asks for fixes yet.",
    ),
    "report.fixed_on_time": ("đã báo cáo khắc phục, đúng hạn", "fixes reported on time"),
    "report.fixed_late": (
        "đã báo cáo khắc phục, trễ hạn {n} ngày",
        "fixes reported {n} days late",
    ),
    "report.not_fixed": ("chưa báo cáo khắc phục", "fixes not reported yet"),
    "report.no_fix_date": ("chưa ấn định hạn khắc phục", "no deadline set"),
    "report.unit.inspectors": ("Đoàn: {names}", "team: {names}"),
    "report.unit.follow_up": ("{text}", "{text}"),
    "notice.request_by": (
        "Đề nghị {unit} khắc phục các tồn tại, hạn chế nêu trên và báo cáo kết quả khắc phục "
        "về {receiver} trước ngày {date}.",
        "{unit} is asked to remedy the shortcomings above and report on it to {receiver} by "
        "{date}.",
    ),
    "notice.team": ("Đoàn kiểm tra: {names}.", "The team: {names}."),
    # the full-screen app
    "tui.pane.team": ("Đoàn kiểm tra (phím m)", "Inspection team (key m)"),
    "tui.pane.tthc": ("Kết quả giải quyết TTHC (phím p)", "Procedure results (key p)"),
    "tui.col.evidence": ("TL", "Ev."),
    "tui.key.panel-team": ("Đoàn KT", "Team"),
    "tui.tip.panel-team": (
        "Đoàn kiểm tra: quyết định thành lập, thành viên, phân công, trùng lịch.",
        "The inspection team: its decision, members, who goes where, double bookings.",
    ),
    "tui.key.panel-tthc": ("TTHC", "TTHC"),
    "tui.tip.panel-tthc": (
        "Kết quả giải quyết thủ tục hành chính của cơ quan ban hành và các đơn vị.",
        "Administrative procedure results of the issuing body and the units.",
    ),
    "tui.key.follow-up": ("Khắc phục", "Fixes"),
    "tui.tip.follow-up": (
        "Sau kết luận: tồn tại, hạn chế và hạn đơn vị báo cáo khắc phục.",
        "After the conclusion: the shortcomings and the day fixes are due.",
    ),
    "tui.key.mark-fixed": ("Đã KP", "Fixed"),
    "tui.tip.mark-fixed": (
        "Ghi ngày nhận báo cáo khắc phục (hôm nay, hoặc ngày gõ vào).",
        "Record the day the remediation report came (today, or the day typed).",
    ),
    "tui.key.assign-team": ("Phân công", "Assign"),
    "tui.tip.assign-team": (
        "Chọn thành viên Đoàn kiểm tra đơn vị này (Enter: thêm hoặc bỏ người được chọn).",
        "Choose who of the team inspects this unit (Enter puts the one chosen on or off).",
    ),
    "tui.key.evidence": ("Tài liệu", "Evidence"),
    "tui.tip.evidence": (
        "Tài liệu kiểm chứng của nội dung: thêm, bỏ, hoặc ghi lý do không có.",
        "The item's evidence: add, remove, or say why there is none.",
    ),
    "tui.key.evidence-drop": ("Bỏ tài liệu", "Remove"),
    "tui.tip.evidence-drop": (
        "Trong danh sách tài liệu: bỏ tài liệu đang chọn.",
        "In the list of evidence: remove the one chosen.",
    ),
    "tui.key.member-add": ("Thêm", "Add"),
    "tui.tip.member-add": ("Thêm thành viên Đoàn kiểm tra.", "Add a team member."),
    "tui.key.member-edit": ("Sửa", "Edit"),
    "tui.tip.member-edit": (
        "Sửa vai trò, nơi công tác của thành viên đang chọn.",
        "Change the chosen member's role and office.",
    ),
    "tui.key.member-remove": ("Bớt", "Remove"),
    "tui.tip.member-remove": (
        "Bớt thành viên đang chọn khỏi Đoàn (và khỏi các đơn vị được phân công); hỏi trước.",
        "Take the chosen member off the team (and off their units); asks first.",
    ),
    "tui.key.team-decision": ("Quyết định", "Decision"),
    "tui.tip.team-decision": (
        "Số và ngày quyết định thành lập Đoàn kiểm tra.",
        "The number and day of the decision that set the team up.",
    ),
    "tui.key.tthc-add": ("Ghi số liệu", "Record"),
    "tui.tip.tthc-add": (
        "Ghi số liệu một kỳ: của cơ quan ban hành, hoặc của đơn vị gõ tên.",
        "Record a period's figures: the issuing body's, or a unit's named.",
    ),
    "tui.key.tthc-edit": ("Sửa", "Correct"),
    "tui.tip.tthc-edit": ("Sửa số liệu kỳ đang chọn.", "Correct the chosen period's figures."),
    "tui.key.tthc-remove": ("Bỏ", "Remove"),
    "tui.tip.tthc-remove": (
        "Bỏ số liệu kỳ đang chọn; hỏi trước.",
        "Remove the chosen period; asks first.",
    ),
    "tui.form_keys": (
        "Enter: sang ô sau, ở ô cuối thì ghi · Tab: chuyển ô · Esc: thôi",
        "Enter: next field, records on the last · Tab: move · Esc: cancel",
    ),
    "tui.evidence_keys": (
        "Enter: ghi · Tab: chuyển ô · Del: bỏ tài liệu đang chọn · Esc: thôi",
        "Enter: record · Tab: move · Del: remove the evidence chosen · Esc: cancel",
    ),
    "tui.evidence.add": ("Thêm tài liệu kiểm chứng", "Add evidence"),
    "tui.evidence.hint": (
        "số hiệu; ngày; mô tả; đường dẫn — ví dụ 12/BC-UBND; 20/09/2023; Báo cáo CCHC",
        "number; date; description; link — e.g. 12/BC-UBND; 20/09/2023; Report",
    ),
    "tui.evidence.missing": ("Lý do không có tài liệu", "Why there is no evidence"),
    "tui.evidence.listed": ("Đã ghi", "Recorded"),
    "tui.ask.evidence": ("Tài liệu kiểm chứng — {item} — {unit}", "Evidence — {item} — {unit}"),
    "tui.ask.follow_up": ("Yêu cầu khắc phục — {unit}", "Fixes required — {unit}"),
    "tui.follow_up.issues": (
        "Tồn tại, hạn chế (cách nhau bởi dấu ;)",
        "Shortcomings (separated by ;)",
    ),
    "tui.follow_up.issues_hint": (
        "Chưa niêm yết TTHC; Chậm số hóa hồ sơ",
        "Procedures not posted; Files digitised late",
    ),
    "tui.ask.team": ("Đoàn kiểm tra tại {unit}", "Team at {unit}"),
    "tui.team.no_members": (
        "Chưa có thành viên Đoàn kiểm tra: thêm ở màn hình Đoàn kiểm tra (phím m).",
        "The team has no members yet: add them on the team screen (key m).",
    ),
    "tui.ask.member": ("Thêm thành viên Đoàn kiểm tra", "Add a team member"),
    "tui.ask.member_edit": ("Sửa thành viên Đoàn kiểm tra", "Edit a team member"),
    "tui.ask.remove": ("Bỏ?", "Remove?"),
    "tui.team.remove_question": (
        "Bớt {name} khỏi Đoàn kiểm tra và khỏi {n} đơn vị được phân công?",
        "Take {name} off the team and off {n} units assigned?",
    ),
    "tui.ask.decision": ("Quyết định thành lập Đoàn kiểm tra", "The team's decision"),
    "tui.team.decision_number": ("Số quyết định", "Decision no."),
    "tui.team.decision_on": ("Ngày ký", "Signed on"),
    "tui.ask.tthc": ("Kết quả giải quyết TTHC — {body}", "Procedure results — {body}"),
    "tui.tthc.period_hint": ("Đến tháng 04/2024", "To April 2024"),
    "tui.tthc.unit": (
        "Đơn vị (bỏ trống: cơ quan ban hành kế hoạch)",
        "Unit (blank: the body that issued the plan)",
    ),
    "tui.tthc.remove_question": (
        "Bỏ số liệu kỳ “{period}” của {body}?",
        "Remove {body}'s figures for “{period}”?",
    ),
    # the TUI's narrow columns of procedure results
    "tui.tthc.received": ("Xử lý", "Received"),
    "tui.tthc.on_time": ("Đúng hạn", "On time"),
    "tui.tthc.late": ("Trễ hạn", "Late"),
    "tui.tthc.late_rate": ("% trễ hạn", "% late"),
    "tui.tthc.check": ("Số liệu", "Adds up"),
}
