//! The processes of `--isolate`: a worker and everything a plugin forks in it live and die
//! together.
//!
//! The parent starts each worker in a process group of its own and ends a worker by killing
//! that whole group, so the processes a plugin forks (which inherit the group) end with it. The
//! worker makes itself a child subreaper (Linux), so that a forked process whose parent exits is
//! re-parented to the worker, still in its group, rather than to init. When its parent goes
//! away (the channel closes, or the parent dies while a plugin hangs), the worker ends its group
//! itself. What escapes: a process that leaves the group (`setsid`, `setpgid`).

use std::process::{Child, Command};

/// Parent side: starts `command` in a new process group (its pid is the group's id).
pub(super) fn own_group(command: &mut Command) -> &mut Command {
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(command, 0);
    command
}

/// Parent side: whether the worker has ended, without reaping it: until it is reaped its pid
/// (and so its group's id) cannot be reused, so the group can still be killed safely.
pub(super) fn has_exited(child: &Child) -> bool {
    #[cfg(unix)]
    {
        use rustix::process::{Pid, WaitId, WaitIdOptions, waitid};
        let options = WaitIdOptions::EXITED | WaitIdOptions::NOHANG | WaitIdOptions::NOWAIT;
        matches!(
            waitid(WaitId::Pid(Pid::from_child(child)), options),
            Ok(Some(_))
        )
    }
    #[cfg(not(unix))]
    {
        let _ = child;
        false
    }
}

/// Parent side: kills the worker and every process of its group (call before reaping it).
pub(super) fn kill_group(child: &mut Child) {
    #[cfg(unix)]
    {
        use rustix::process::{Pid, Signal, kill_process_group};
        let _ = kill_process_group(Pid::from_child(child), Signal::KILL);
    }
    let _ = child.kill();
}

/// Worker side, first thing: become the subreaper of what the plugins fork, and end the group
/// when the parent goes away.
pub(super) fn guard_worker() {
    #[cfg(target_os = "linux")]
    {
        let _ = rustix::process::set_child_subreaper(Some(rustix::process::getpid()));
    }
    #[cfg(unix)]
    {
        let parent = rustix::process::getppid();
        // A worker whose parent died while a plugin hangs would otherwise live on: the parent
        // kills the group, and Ctrl-C reaches only the parent's group.
        let _ = std::thread::Builder::new()
            .name("parent-watch".to_owned())
            .spawn(move || {
                loop {
                    std::thread::sleep(std::time::Duration::from_millis(500));
                    if rustix::process::getppid() != parent {
                        end_own_group();
                    }
                }
            });
    }
}

/// Worker side: kills every process of the worker's group, the worker included. Only when the
/// worker leads its own group, as the parent starts it: never someone else's group.
pub(super) fn end_own_group() {
    #[cfg(unix)]
    {
        use rustix::process::{Signal, getpgrp, getpid, kill_process_group};
        if getpgrp() == getpid() {
            let _ = kill_process_group(getpid(), Signal::KILL);
        }
    }
}
