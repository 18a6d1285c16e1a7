//! Running the interpreter as a child process with a timeout (shared by the
//! conformance and differential test harnesses).

use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What a run produced.
pub struct Outcome {
    /// Exit status (`None` if it could not be collected after a kill).
    pub status: Option<ExitStatus>,
    /// Everything written to stdout.
    pub stdout: Vec<u8>,
    /// Everything written to stderr.
    pub stderr: Vec<u8>,
    /// True when the run was killed at the timeout.
    pub timed_out: bool,
}

/// Runs `cmd` with no stdin, capturing its output, killing it after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Outcome, String> {
    run_with_input(cmd, None, timeout)
}

/// Runs `cmd` with `input` piped to its stdin (no stdin when `None`), capturing its output,
/// killing it after `timeout`.
#[allow(dead_code)] // not every harness that includes this file pipes input
pub fn run_with_input(cmd: &mut Command, input: Option<&[u8]>, timeout: Duration) -> Result<Outcome, String> {
    let mut child = cmd
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {cmd:?}: {e}"))?;
    if let (Some(input), Some(mut pipe)) = (input, child.stdin.take()) {
        let input = input.to_vec();
        // A program may exit without reading all of it: write errors are expected then.
        thread::spawn(move || {
            let _ = std::io::Write::write_all(&mut pipe, &input);
        });
    }
    let out_reader = spawn_reader(child.stdout.take().unwrap());
    let err_reader = spawn_reader(child.stderr.take().unwrap());
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(format!("waiting for {cmd:?} failed: {e}")),
        }
    };
    // Output normally ends with the process; a grandchild still holding the pipes open must
    // not hang the test, so the wait for the rest of the output is bounded.
    let grace = Duration::from_secs(5);
    let stdout = out_reader.recv_timeout(grace).unwrap_or_default();
    let stderr = err_reader.recv_timeout(grace).unwrap_or_default();
    Ok(Outcome { status, stdout, stderr, timed_out })
}

/// Reads a pipe to its end on a thread; the bytes arrive on the returned channel.
fn spawn_reader<R: Read + Send + 'static>(mut pipe: R) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}
