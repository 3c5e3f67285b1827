"""The words of a shared folder's traps: links, FIFOs, devices and lock files that the store
will not open, and a lock file it cannot use.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "safety.link_foreign": Words(
        vi="{path} là liên kết tượng trưng (symlink) của {owner}, không phải của bạn hay root: "
        "cchc-tui không đi theo nó. Hãy dùng đường dẫn thật của tệp.",
        en="{path} is a symbolic link owned by {owner}, not by you or root: cchc-tui does not "
        "follow it. Use the file's real path.",
    ),
    "safety.link": Words(
        vi="{path} là liên kết tượng trưng (symlink, của {owner}): cchc-tui không mở tệp qua liên "
        "kết ở đây. Người quản trị hãy xem và xóa nó: rm {path}",
        en="{path} is a symbolic link (owned by {owner}): cchc-tui opens no file through a link "
        "here. Ask the administrator to look at it and delete it: rm {path}",
    ),
    "safety.link_loop": Words(
        vi="Đường dẫn {path} đi qua quá nhiều liên kết tượng trưng.",
        en="The path {path} goes through too many symbolic links.",
    ),
    "safety.fifo": Words(
        vi="{path} là một ống FIFO (named pipe), không phải tệp thường: cchc-tui không mở nó.",
        en="{path} is a FIFO (named pipe), not an ordinary file: cchc-tui does not open it.",
    ),
    "safety.device": Words(
        vi="{path} là một thiết bị, không phải tệp thường: cchc-tui không mở nó.",
        en="{path} is a device, not an ordinary file: cchc-tui does not open it.",
    ),
    "safety.socket": Words(
        vi="{path} là một socket, không phải tệp thường: cchc-tui không mở nó.",
        en="{path} is a socket, not an ordinary file: cchc-tui does not open it.",
    ),
    # A lock file this writer cannot open (or that opens to people who may not write), which
    # it would replace but cannot do so safely here.
    "safety.lock_stuck.no_proc_locks": Words(
        vi="Tệp khóa {lock} (của {owner}, quyền {mode}) không khớp với tệp dữ liệu (chỉ người được "
        "ghi tệp dữ liệu mới được mở nó), và không thay được nó an toàn vì không đọc được "
        "/proc/locks. Hãy nhờ {owner} hoặc người quản trị: chgrp {group} {lock} && "
        "chmod {wanted} {lock}",
        en="The lock file {lock} (owned by {owner}, mode {mode}) does not fit the data file (only "
        "those who may write the data file may open it), and cannot be replaced safely as "
        "/proc/locks cannot be read. Ask {owner} or the administrator: chgrp {group} {lock} && "
        "chmod {wanted} {lock}",
    ),
    "safety.lock_stuck.no_exchange": Words(
        vi="Tệp khóa {lock} (của {owner}, quyền {mode}) không khớp với tệp dữ liệu (chỉ người được "
        "ghi tệp dữ liệu mới được mở nó), và hệ thống tệp này không cho thay nó an toàn. Hãy "
        "nhờ {owner} hoặc người quản trị: chgrp {group} {lock} && chmod {wanted} {lock}",
        en="The lock file {lock} (owned by {owner}, mode {mode}) does not fit the data file (only "
        "those who may write the data file may open it), and this filesystem cannot replace it "
        "safely. Ask {owner} or the administrator: chgrp {group} {lock} && chmod {wanted} {lock}",
    ),
}
