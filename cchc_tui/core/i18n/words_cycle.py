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
    "notice.request_by": (
        "Đề nghị {unit} khắc phục các tồn tại, hạn chế nêu trên và báo cáo kết quả khắc phục "
        "về {receiver} trước ngày {date}.",
        "{unit} is asked to remedy the shortcomings above and report on it to {receiver} by "
        "{date}.",
    ),
    "notice.team": ("Đoàn kiểm tra: {names}.", "The team: {names}."),
}
