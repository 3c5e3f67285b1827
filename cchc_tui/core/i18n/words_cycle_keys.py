"""The words of the rest of the inspection cycle (issue 12) as the command line's help and
the full-screen app say them: options, usage, keys, dialogs and panels.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # the command line
    "cli.team": Words(
        vi="Đoàn kiểm tra: xem; add/remove thành viên; decision (quyết định thành lập); "
        "assign/unassign (phân công)",
        en="the inspection team: list; add/remove members; decision (that set it up); "
        "assign/unassign units",
    ),
    "cli.team_action": Words(
        vi="add (them), remove (bot), decision (quyet-dinh), assign (phan-cong), "
        "unassign (bo-phan-cong); không có: xem Đoàn",
        en="add (them), remove (bot), decision (quyet-dinh), assign (phan-cong), "
        "unassign (bo-phan-cong); none: list the team",
    ),
    "cli.team_words": Words(
        vi="add/remove: HỌ-TÊN; decision: SỐ; assign/unassign: HỌ-TÊN ĐƠN-VỊ…",
        en="add/remove: NAME; decision: NUMBER; assign/unassign: NAME UNIT…",
    ),
    "cli.role": Words(
        vi="vai trò: truong-doan, pho-doan, thanh-vien, thu-ky",
        en="role: truong-doan, pho-doan, thanh-vien, thu-ky",
    ),
    "cli.office": Words(vi="nơi công tác, ví dụ “Phòng Nội vụ”", en="where the member works"),
    "cli.decision_on": Words(
        vi="ngày ký quyết định (mặc định: hôm nay)",
        en="the day the decision was signed (default: today)",
    ),
    "cli.metavar.action": Words(vi="VIỆC", en="ACTION"),
    "cli.metavar.words": Words(vi="HỌ-TÊN/SỐ ĐƠN-VỊ", en="NAME/NUMBER UNIT"),
    "cli.metavar.role": Words(vi="VAI-TRÒ", en="ROLE"),
    "cli.metavar.office": Words(vi="NƠI-CÔNG-TÁC", en="OFFICE"),
    "cli.metavar.fix_by": Words(vi="NGÀY", en="DATE"),
    "cli.metavar.issue": Words(vi="TỒN-TẠI", en="TEXT"),
    "cli.metavar.evidence": Words(vi="TÀI-LIỆU", en="TEXT"),
    "cli.metavar.drop_evidence": Words(vi="SỐ-TT", en="N"),
    "cli.metavar.no_evidence": Words(vi="LÝ-DO", en="REASON"),
    "team.usage_action": Words(
        vi="không có việc “{action}”: dùng add, remove, decision, assign hoặc unassign",
        en="no action “{action}”: use add, remove, decision, assign or unassign",
    ),
    "team.usage_add": Words(
        vi="cách dùng: team add HỌ-TÊN --role VAI-TRÒ [--office NƠI-CÔNG-TÁC]",
        en="usage: team add NAME --role ROLE [--office OFFICE]",
    ),
    "team.usage_remove": Words(vi="cách dùng: team remove HỌ-TÊN", en="usage: team remove NAME"),
    "team.usage_decision": Words(
        vi="cách dùng: team decision SỐ --on NGÀY",
        en="usage: team decision NUMBER --on DATE",
    ),
    "team.usage_assign": Words(
        vi="cách dùng: team assign HỌ-TÊN ĐƠN-VỊ [ĐƠN-VỊ …]",
        en="usage: team assign NAME UNIT [UNIT …]",
    ),
    "team.usage_unassign": Words(
        vi="cách dùng: team unassign HỌ-TÊN ĐƠN-VỊ [ĐƠN-VỊ …]",
        en="usage: team unassign NAME UNIT [UNIT …]",
    ),
    "cli.fix_by": Words(
        vi="hạn đơn vị gửi báo cáo khắc phục (mặc định: follow_up_days của kế hoạch, nếu có)",
        en="the day the unit must report its fixes by (default: the plan's follow_up_days, if set)",
    ),
    "cli.issue": Words(
        vi="một tồn tại, hạn chế cần khắc phục (lặp lại được)",
        en="a shortcoming to fix (repeatable)",
    ),
    "cli.evidence": Words(
        vi="thêm tài liệu kiểm chứng: “số hiệu; ngày; mô tả; đường dẫn” (lặp lại được)",
        en="add evidence: “number; date; description; link” (repeatable)",
    ),
    "cli.drop_evidence": Words(
        vi="bỏ tài liệu kiểm chứng số thứ tự N (lặp lại được)",
        en="remove the evidence numbered N (repeatable)",
    ),
    "cli.no_evidence": Words(
        vi="lý do không có tài liệu kiểm chứng",
        en="why there is no evidence",
    ),
    "plan_file_twice": Words(
        vi="Tệp kế hoạch ghi “{what}” hai lần.",
        en="The plan file gives “{what}” twice.",
    ),
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
