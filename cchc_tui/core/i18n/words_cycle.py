"""The words of the rest of the inspection cycle: the team, the evidence for each finding,
the follow-up after a conclusion (issue 12). Procedure results are ``words_tthc``.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # the remediation step
    "stage.fixed": Words(vi="Đã khắc phục", en="Fixed"),
    "step.fixed": Words(vi="Báo cáo khắc phục", en="Remediation report"),
    "report.unit.step.fixed": Words(vi="báo cáo khắc phục", en="remediation report"),
    "report.unit.done.fixed": Words(vi="đã khắc phục {date}", en="fixed {date}"),
    "choice.step.fixed": Words(vi="khac-phuc (fixed)", en="fixed (khac-phuc)"),
    "fieldname.fix_by": Words(vi="Hạn báo cáo khắc phục", en="Fixes due"),
    "fieldname.fixed_on": Words(vi="Ngày báo cáo khắc phục", en="Fixes reported on"),
    "fieldname.issues": Words(vi="Tồn tại, hạn chế", en="Shortcomings"),
    "fieldname.team_decision": Words(vi="Quyết định thành lập Đoàn", en="Team decision"),
    "fieldname.team_members": Words(vi="Thành viên Đoàn", en="Team member"),
    "fieldname.team_units": Words(vi="Phân công kiểm tra", en="Assigned to"),
    "action.team_add": Words(vi="thêm thành viên Đoàn", en="add team member"),
    "action.team_edit": Words(vi="sửa thành viên Đoàn", en="edit team member"),
    "action.team_remove": Words(vi="bớt thành viên Đoàn", en="remove team member"),
    "action.team_decision": Words(
        vi="ghi quyết định thành lập Đoàn", en="record the team's decision"
    ),
    "action.team_assign": Words(vi="phân công", en="assign"),
    "action.team_unassign": Words(vi="bỏ phân công", en="unassign"),
    "action.evidence": Words(vi="tài liệu kiểm chứng", en="evidence"),
    "action.follow_up": Words(vi="yêu cầu khắc phục", en="fixes required"),
    # roles
    "role.truong-doan": Words(vi="Trưởng đoàn", en="Team leader"),
    "role.pho-doan": Words(vi="Phó Trưởng đoàn", en="Deputy leader"),
    "role.thanh-vien": Words(vi="Thành viên", en="Member"),
    "role.thu-ky": Words(vi="Thư ký", en="Secretary"),
    "what.role": Words(vi="vai trò", en="role"),
    "choice.role.truong-doan": Words(vi="truong-doan (trưởng đoàn)", en="truong-doan (leader)"),
    "choice.role.pho-doan": Words(vi="pho-doan (phó trưởng đoàn)", en="pho-doan (deputy)"),
    "choice.role.thanh-vien": Words(vi="thanh-vien (thành viên)", en="thanh-vien (member)"),
    "choice.role.thu-ky": Words(vi="thu-ky (thư ký)", en="thu-ky (secretary)"),
    "member_unknown": Words(
        vi="Đoàn kiểm tra không có thành viên “{query}”. Thành viên: {members}.",
        en="No team member named “{query}”. Members: {members}.",
    ),
    "member_ambiguous": Words(
        vi="“{query}” khớp nhiều thành viên: {candidates}. Hãy gõ rõ hơn.",
        en="“{query}” matches several members: {candidates}. Type more of the name.",
    ),
    "member_name_empty": Words(vi="Chưa nhập họ tên thành viên.", en="No member name given."),
    "decision_number_empty": Words(vi="Chưa nhập số quyết định.", en="No decision number given."),
    "text_too_long": Words(
        vi="Dài {length} ký tự, tối đa {limit}.",
        en="{length} characters long; the limit is {limit}.",
    ),
    "team.one_leader": Words(
        vi="Đoàn đã có Trưởng đoàn: {leader}. Đổi vai trò của người đó trước.",
        en="The team already has a leader: {leader}. Change their role first.",
    ),
    "team.already_assigned": Words(
        vi="{member} đã được phân công kiểm tra {unit}.",
        en="{member} already inspects {unit}.",
    ),
    "team.not_assigned": Words(
        vi="{member} không được phân công kiểm tra {unit}.",
        en="{member} does not inspect {unit}.",
    ),
    "team.clash": Words(
        vi="{member} được phân công kiểm tra {count} đơn vị cùng ngày {date}: {units}",
        en="{member} is due at {count} units on {date}: {units}",
    ),
    "team.empty": Words(vi="Chưa có thành viên Đoàn kiểm tra.", en="The team has no members yet."),
    "team.heading": Words(vi="Đoàn kiểm tra", en="Inspection team"),
    "team.decision": Words(
        vi="Thành lập theo Quyết định số {number} ngày {date}",
        en="Set up by decision no. {number} of {date}",
    ),
    "team.no_decision": Words(
        vi="Chưa ghi quyết định thành lập Đoàn", en="No decision recorded yet"
    ),
    "team.member_line": Words(vi="{name} — {role}{office}", en="{name} — {role}{office}"),
    "team.units": Words(vi="kiểm tra: {units}", en="inspects: {units}"),
    "team.no_units": Words(vi="chưa phân công đơn vị nào", en="no unit assigned yet"),
    "team.clashes": Words(vi="Trùng lịch", en="Double-booked"),
    # evidence
    "evidence.none": Words(vi="chưa có tài liệu kiểm chứng", en="no evidence yet"),
    "evidence.missing": Words(
        vi="không có tài liệu kiểm chứng: {reason}", en="no evidence: {reason}"
    ),
    "evidence.heading": Words(vi="Tài liệu kiểm chứng", en="Evidence"),
    "evidence.count": Words(vi="{n} tài liệu", en="{n} document(s)"),
    "evidence.ref": Words(vi="số {ref}", en="no. {ref}"),
    "evidence.on": Words(vi="ngày {date}", en="of {date}"),
    "evidence_empty": Words(
        vi="Tài liệu kiểm chứng trống: ghi ít nhất số hiệu hoặc mô tả.",
        en="Empty evidence: give at least a number or a description.",
    ),
    "evidence_two.ref": Words(
        vi="“{text}” có hai số hiệu; các phần cách nhau bởi “;”: số hiệu; ngày; mô tả; đường dẫn.",
        en="“{text}” has two numbers; parts are separated by “;”: number; date; description; link.",
    ),
    "evidence_two.on": Words(
        vi="“{text}” có hai ngày; các phần cách nhau bởi “;”: số hiệu; ngày; mô tả; đường dẫn.",
        en="“{text}” has two dates; parts are separated by “;”: number; date; description; link.",
    ),
    "evidence_two.link": Words(
        vi="“{text}” có hai đường dẫn; mỗi tài liệu ghi riêng một --evidence.",
        en="“{text}” has two links; give each document its own --evidence.",
    ),
    "evidence_unknown": Words(
        vi="Nội dung này không có tài liệu số {number} (có {count}).",
        en="This item has no evidence number {number} (it has {count}).",
    ),
    "evidence_both": Words(
        vi="Đã ghi tài liệu kiểm chứng thì không ghi lý do không có tài liệu.",
        en="An item with evidence needs no reason for missing evidence.",
    ),
    # follow-up after the conclusion
    "follow_up.due": Words(vi="hạn báo cáo khắc phục {date}", en="fixes due {date}"),
    "follow_up.issues": Words(vi="tồn tại, hạn chế: {issues}", en="shortcomings: {issues}"),
    "follow_up.done": Words(vi="đã báo cáo khắc phục {date}", en="fixes reported {date}"),
    "rule.fix_before_conclusion": Words(
        vi="{unit}: hạn khắc phục {date} trước ngày kết luận ({concluded}).",
        en="{unit}: the fix deadline {date} is before the conclusion ({concluded}).",
    ),
    "rule.no_follow_up": Words(
        vi="{unit} không có yêu cầu khắc phục: ghi hạn khắc phục trước (--fix-by).",
        en="{unit} has no fixes required: set a deadline first (--fix-by).",
    ),
    "rule.follow_up_needs_conclusion": Words(
        vi="{unit} chưa có kết luận: kết luận trước rồi mới yêu cầu khắc phục.",
        en="{unit} has no conclusion yet: conclude before asking for fixes.",
    ),
    "rule.already_fixed": Words(
        vi="{unit} đã báo cáo khắc phục ngày {date}; không đổi yêu cầu được nữa.",
        en="{unit} reported its fixes on {date}; the request can no longer change.",
    ),
    "issue_empty": Words(vi="Tồn tại, hạn chế trống.", en="An empty shortcoming."),
    # the report
    "report.team.none": Words(
        vi="Chưa ghi thành phần Đoàn kiểm tra.",
        en="The inspection team is not recorded yet.",
    ),
    "report.team.lead": Words(
        vi="Đoàn kiểm tra được thành lập theo Quyết định số {number} ngày {date}, "
        "gồm {count} thành viên.",
        en="The inspection team was set up by decision no. {number} of {date}; "
        "it has {count} members.",
    ),
    "report.team.lead_no_decision": Words(
        vi="Đoàn kiểm tra gồm {count} thành viên (chưa ghi quyết định thành lập).",
        en="The inspection team has {count} members (its decision is not recorded yet).",
    ),
    "report.team.table": Words(vi="Thành phần Đoàn kiểm tra", en="The inspection team"),
    "report.team.clashes": Words(vi="Thành viên Đoàn trùng lịch", en="Team members double-booked"),
    "report.col.member": Words(vi="Họ và tên", en="Name"),
    "report.col.role": Words(vi="Chức danh trong Đoàn", en="Role"),
    "report.col.office": Words(vi="Nơi công tác", en="Office"),
    "report.col.member_units": Words(vi="Đơn vị được phân công kiểm tra", en="Units assigned"),
    "report.col.inspectors": Words(vi="Thành viên Đoàn kiểm tra", en="Inspected by"),
    "report.col.evidence": Words(vi="Tài liệu kiểm chứng", en="Evidence"),
    "report.col.evidence_count": Words(vi="Số tài liệu kiểm chứng", en="Pieces of evidence"),
    "report.col.unproven_count": Words(
        vi="Số nội dung Đạt chưa có tài liệu", en="Met without evidence"
    ),
    "report.col.fix_result": Words(vi="Kết quả khắc phục", en="Fixes"),
    "report.unproven": Words(vi="Đạt chưa có tài liệu kiểm chứng", en="Items met without evidence"),
    "report.all_proven": Words(
        vi="Mọi nội dung đánh giá Đạt đều có tài liệu kiểm chứng (hoặc lý do không có).",
        en="Every item met has its evidence (or a reason why not).",
    ),
    "report.follow_up": Words(
        vi="Yêu cầu khắc phục sau kết luận", en="Fixes required by conclusions"
    ),
    "report.no_follow_up": Words(
        vi="Chưa có kết luận nào yêu cầu khắc phục.",
        en="No conclusion asks for fixes yet.",
    ),
    "report.fixed_on_time": Words(vi="đã báo cáo khắc phục, đúng hạn", en="fixes reported on time"),
    "report.fixed_late": Words(
        vi="đã báo cáo khắc phục, trễ hạn {n} ngày",
        en="fixes reported {n} days late",
    ),
    "report.not_fixed": Words(vi="chưa báo cáo khắc phục", en="fixes not reported yet"),
    "report.no_fix_date": Words(vi="chưa ấn định hạn khắc phục", en="no deadline set"),
    "report.unit.inspectors": Words(vi="Đoàn: {names}", en="team: {names}"),
    "notice.request_by": Words(
        vi="Đề nghị {unit} khắc phục các tồn tại, hạn chế nêu trên và báo cáo kết quả khắc phục "
        "về {receiver} trước ngày {date}.",
        en="{unit} is asked to remedy the shortcomings above and report on it to {receiver} by "
        "{date}.",
    ),
    "notice.team": Words(vi="Đoàn kiểm tra: {names}.", en="The team: {names}."),
    "plan_file_twice": Words(
        vi="Tệp kế hoạch ghi “{what}” hai lần.",
        en="The plan file gives “{what}” twice.",
    ),
}
