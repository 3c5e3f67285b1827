"""The words of the rest of the inspection cycle (issue 12) as the command line's help and
the full-screen app say them: options, usage, keys, dialogs and panels.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
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
