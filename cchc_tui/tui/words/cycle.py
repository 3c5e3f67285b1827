"""The full-screen app's words for the inspection cycle: the team, evidence, follow-up,
procedure results and the plan's records, their dialogs and their keys.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "agenda.step.fixed": Words(vi="Báo cáo khắc phục", en="Remediation report"),
    "tui.step_short.fixed": Words(vi="Khắc phục", en="Fixes"),
    "team.inspectors": Words(vi="Thành viên đoàn kiểm tra: {names}", en="Inspected by: {names}"),
    # the full-screen app
    "tui.pane.team": Words(vi="Đoàn kiểm tra (phím m)", en="Inspection team (key m)"),
    "tui.pane.tthc": Words(vi="Kết quả giải quyết TTHC (phím p)", en="Procedure results (key p)"),
    "tui.col.evidence": Words(vi="TL", en="Ev."),
    "tui.key.panel-team": Words(vi="Đoàn KT", en="Team"),
    "tui.tip.panel-team": Words(
        vi="Đoàn kiểm tra: quyết định thành lập, thành viên, phân công, trùng lịch.",
        en="The inspection team: its decision, members, who goes where, double bookings.",
    ),
    "tui.key.panel-tthc": Words(vi="TTHC", en="TTHC"),
    "tui.tip.panel-tthc": Words(
        vi="Kết quả giải quyết thủ tục hành chính của cơ quan ban hành và các đơn vị.",
        en="Administrative procedure results of the issuing body and the units.",
    ),
    "tui.key.follow-up": Words(vi="Khắc phục", en="Fixes"),
    "tui.tip.follow-up": Words(
        vi="Sau kết luận: tồn tại, hạn chế và hạn đơn vị báo cáo khắc phục.",
        en="After the conclusion: the shortcomings and the day fixes are due.",
    ),
    "tui.key.mark-fixed": Words(vi="Đã KP", en="Fixed"),
    "tui.tip.mark-fixed": Words(
        vi="Ghi ngày nhận báo cáo khắc phục (hôm nay, hoặc ngày gõ vào).",
        en="Record the day the remediation report came (today, or the day typed).",
    ),
    "tui.key.assign-team": Words(vi="Phân công", en="Assign"),
    "tui.tip.assign-team": Words(
        vi="Chọn thành viên Đoàn kiểm tra đơn vị này (Enter: thêm hoặc bỏ người được chọn).",
        en="Choose who of the team inspects this unit (Enter puts the one chosen on or off).",
    ),
    "tui.key.evidence": Words(vi="Tài liệu", en="Evidence"),
    "tui.tip.evidence": Words(
        vi="Tài liệu kiểm chứng của nội dung: thêm, bỏ, hoặc ghi lý do không có.",
        en="The item's evidence: add, remove, or say why there is none.",
    ),
    "tui.key.evidence-drop": Words(vi="Bỏ tài liệu", en="Remove"),
    "tui.tip.evidence-drop": Words(
        vi="Trong danh sách tài liệu: bỏ tài liệu đang chọn.",
        en="In the list of evidence: remove the one chosen.",
    ),
    "tui.key.member-add": Words(vi="Thêm", en="Add"),
    "tui.tip.member-add": Words(vi="Thêm thành viên Đoàn kiểm tra.", en="Add a team member."),
    "tui.key.member-edit": Words(vi="Sửa", en="Edit"),
    "tui.tip.member-edit": Words(
        vi="Sửa vai trò, nơi công tác của thành viên đang chọn.",
        en="Change the chosen member's role and office.",
    ),
    "tui.key.member-remove": Words(vi="Bớt", en="Remove"),
    "tui.tip.member-remove": Words(
        vi="Bớt thành viên đang chọn khỏi Đoàn (và khỏi các đơn vị được phân công); hỏi trước.",
        en="Take the chosen member off the team (and off their units); asks first.",
    ),
    "tui.key.team-decision": Words(vi="Quyết định", en="Decision"),
    "tui.tip.team-decision": Words(
        vi="Số và ngày quyết định thành lập Đoàn kiểm tra.",
        en="The number and day of the decision that set the team up.",
    ),
    "tui.key.tthc-add": Words(vi="Ghi số liệu", en="Record"),
    "tui.tip.tthc-add": Words(
        vi="Ghi số liệu một kỳ: của cơ quan ban hành, hoặc của đơn vị gõ tên.",
        en="Record a period's figures: the issuing body's, or a unit's named.",
    ),
    "tui.key.tthc-edit": Words(vi="Sửa", en="Correct"),
    "tui.tip.tthc-edit": Words(
        vi="Sửa số liệu kỳ đang chọn.", en="Correct the chosen period's figures."
    ),
    "tui.key.tthc-remove": Words(vi="Bỏ", en="Remove"),
    "tui.tip.tthc-remove": Words(
        vi="Bỏ số liệu kỳ đang chọn; hỏi trước.",
        en="Remove the chosen period; asks first.",
    ),
    "tui.form_keys": Words(
        vi="Enter: sang ô sau, ở ô cuối thì ghi · Tab: chuyển ô · Esc: thôi",
        en="Enter: next field, records on the last · Tab: move · Esc: cancel",
    ),
    "tui.evidence_keys": Words(
        vi="Enter: ghi · Tab: chuyển ô · Del: bỏ tài liệu đang chọn · Esc: thôi",
        en="Enter: record · Tab: move · Del: remove the evidence chosen · Esc: cancel",
    ),
    "tui.evidence.add": Words(vi="Thêm tài liệu kiểm chứng", en="Add evidence"),
    "tui.evidence.hint": Words(
        vi="số hiệu; ngày; mô tả; đường dẫn — ví dụ 12/BC-UBND; 20/09/2023; Báo cáo CCHC",
        en="number; date; description; link — e.g. 12/BC-UBND; 20/09/2023; Report",
    ),
    "tui.evidence.missing": Words(vi="Lý do không có tài liệu", en="Why there is no evidence"),
    "tui.evidence.listed": Words(vi="Đã ghi", en="Recorded"),
    "tui.ask.evidence": Words(
        vi="Tài liệu kiểm chứng — {item} — {unit}", en="Evidence — {item} — {unit}"
    ),
    "tui.ask.follow_up": Words(vi="Yêu cầu khắc phục — {unit}", en="Fixes required — {unit}"),
    "tui.follow_up.issues": Words(
        vi="Tồn tại, hạn chế (cách nhau bởi dấu ;)",
        en="Shortcomings (separated by ;)",
    ),
    "tui.follow_up.issues_hint": Words(
        vi="Chưa niêm yết TTHC; Chậm số hóa hồ sơ",
        en="Procedures not posted; Files digitised late",
    ),
    "tui.ask.team": Words(vi="Đoàn kiểm tra tại {unit}", en="Team at {unit}"),
    "tui.team.no_members": Words(
        vi="Chưa có thành viên Đoàn kiểm tra: thêm ở màn hình Đoàn kiểm tra (phím m).",
        en="The team has no members yet: add them on the team screen (key m).",
    ),
    "tui.ask.member": Words(vi="Thêm thành viên Đoàn kiểm tra", en="Add a team member"),
    "tui.ask.member_edit": Words(vi="Sửa thành viên Đoàn kiểm tra", en="Edit a team member"),
    "tui.ask.remove": Words(vi="Bỏ?", en="Remove?"),
    "tui.team.remove_question": Words(
        vi="Bớt {name} khỏi Đoàn kiểm tra và khỏi {n} đơn vị được phân công?",
        en="Take {name} off the team and off {n} units assigned?",
    ),
    "tui.ask.decision": Words(vi="Quyết định thành lập Đoàn kiểm tra", en="The team's decision"),
    "tui.team.decision_number": Words(vi="Số quyết định", en="Decision no."),
    "tui.team.decision_on": Words(vi="Ngày ký", en="Signed on"),
    "tui.ask.tthc": Words(vi="Kết quả giải quyết TTHC — {body}", en="Procedure results — {body}"),
    "tui.tthc.period_hint": Words(vi="Đến tháng 04/2024", en="To April 2024"),
    "tui.tthc.unit": Words(
        vi="Đơn vị (bỏ trống: cơ quan ban hành kế hoạch)",
        en="Unit (blank: the body that issued the plan)",
    ),
    "tui.tthc.remove_question": Words(
        vi="Bỏ số liệu kỳ “{period}” của {body}?",
        en="Remove {body}'s figures for “{period}”?",
    ),
    # the TUI's narrow columns of procedure results
    "tui.tthc.received": Words(vi="Xử lý", en="Received"),
    "tui.tthc.on_time": Words(vi="Đúng hạn", en="On time"),
    "tui.tthc.late": Words(vi="Trễ hạn", en="Late"),
    "tui.tthc.late_rate": Words(vi="% trễ hạn", en="% late"),
    "tui.tthc.check": Words(vi="Số liệu", en="Adds up"),
}
