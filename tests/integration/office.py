"""Drive a throwaway LibreOffice for integration tests.

Run with /usr/bin/python3 (the interpreter that has ``uno``).  Needs only the
standard library and ``uno``.

    with Office(oxt="build/condtrack.oxt") as office:
        doc = office.new_calc()
        sheet = first_sheet(doc)
        set_formula(sheet, "A1", "=1+1")
        assert value(sheet, "A1") == 2

Every Office gets its own profile in a fresh directory under /tmp.  When run as
root, all office processes run as ``nobody`` (65534): unopkg refuses per-user
installs as root, and the profile must belong to whoever runs soffice.  Files
the office reads are copied into that directory first because the repository
may sit in a directory ``nobody`` cannot enter.

Set CONDTRACK_KEEP_PROFILE=1 to keep the directory for a post-mortem.

Every CONDTRACK_SOFFICE_ENV_<NAME>=<value> in the environment becomes
<NAME>=<value> in the environment of soffice only (not of unopkg, which never
loads the component, nor of the tests): scripts/test-asan-office passes
LD_PRELOAD (the ASan runtime), ASAN_OPTIONS and UBSAN_OPTIONS that way.
Set CONDTRACK_SOFFICE_LOG_DIR to an existing directory to have soffice write
its output there (<workdir name>.soffice.out) instead of into the workdir, so
that it outlives the workdir, even when the tests die: UBSan reports of the
component end up in that output.
"""

import atexit
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

NOBODY = 65534
SOFFICE = "soffice"
UNOPKG = "unopkg"
XVFB = "Xvfb"

INIT_TIMEOUT = 90  # first start on a fresh profile writes the whole registry
UNOPKG_TIMEOUT = 90
CONNECT_TIMEOUT = 30
STOP_TIMEOUT = 20
XVFB_TIMEOUT = 10
DEFAULT_LIFETIME = 600  # watchdog: kill an office that outlives this

KEEP_ENV = "CONDTRACK_KEEP_PROFILE"
SOFFICE_ENV_PREFIX = "CONDTRACK_SOFFICE_ENV_"
SOFFICE_LOG_DIR_ENV = "CONDTRACK_SOFFICE_LOG_DIR"


class OfficeError(RuntimeError):
    """The office or one of its tools failed, hung or exited early."""


# --- processes ---------------------------------------------------------------

# Every subprocess gets its own session so that the whole tree (soffice ->
# oosplash -> soffice.bin) can be killed through its process group id.


def _kill_group(proc, sig=signal.SIGKILL):
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _group_alive(proc):
    try:
        os.killpg(proc.pid, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False


def _reap(proc, timeout):
    """Wait for proc; kill its process group if it does not end in time.

    Also kills what is left of the group after proc ends, so that a child the
    launcher forked (soffice.bin) cannot outlive it, and waits a little for
    the group to vanish (a killed office takes a moment to release memory).
    Returns the exit code.
    """
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.wait(timeout=10)
    _kill_group(proc)
    deadline = time.monotonic() + 5  # bounded: an unreaped zombie still counts
    while _group_alive(proc) and time.monotonic() < deadline:
        time.sleep(0.05)
    return proc.returncode


def _run(cmd, timeout, env=None, cwd=None):
    """Run cmd to completion; raise OfficeError on failure or timeout."""
    proc = subprocess.Popen(
        cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True, text=True, errors="replace")
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        out, _ = proc.communicate(timeout=10)
        raise OfficeError(f"timed out after {timeout}s: {cmd}\n{out}")
    finally:
        _kill_group(proc)
    if proc.returncode != 0:
        raise OfficeError(f"exit code {proc.returncode}: {cmd}\n{out}")
    return out


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path, lines=30):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


# --- cleanup of offices a test forgot, or that an exception skipped ----------

_LIVE = set()


def _close_all():
    for office in list(_LIVE):
        office.close()


def _on_sigterm(signum, frame):
    # CI runners stop jobs with SIGTERM, which skips atexit: close the offices
    # (they run in their own sessions, so nobody else would), then die as
    # asked.
    _close_all()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _install_sigterm_handler():
    if (threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL):
        signal.signal(signal.SIGTERM, _on_sigterm)


atexit.register(_close_all)


# --- small helpers -----------------------------------------------------------


def _props(**kwargs):
    return tuple(PropertyValue(Name=k, Value=v) for k, v in kwargs.items())


def soffice_env_overrides():
    """Variables for soffice only: CONDTRACK_SOFFICE_ENV_<NAME>=<value>."""
    return {name[len(SOFFICE_ENV_PREFIX):]: value
            for name, value in os.environ.items()
            if name.startswith(SOFFICE_ENV_PREFIX) and len(name) > len(SOFFICE_ENV_PREFIX)}


def extension_identifier(oxt):
    """The identifier in an .oxt's description.xml (what unopkg lists)."""
    with zipfile.ZipFile(oxt) as z:
        text = z.read("description.xml").decode("utf-8")
    match = re.search(r'<identifier\s+value="([^"]+)"', text)
    if not match:
        raise OfficeError(f"no <identifier> in {oxt}/description.xml")
    return match.group(1)


def _resource_dir():
    program = Path(os.path.realpath(shutil.which(SOFFICE) or "/usr/bin/soffice")).parent
    return program / "resource"


def _check_language_pack(locale):
    # Without the language pack the office silently falls back to English,
    # which would make a locale test fail for a confusing reason.
    lang = locale.split("-")[0]
    if lang == "en":
        return
    res = _resource_dir()
    if not ((res / locale).is_dir() or (res / lang).is_dir()):
        raise OfficeError(
            f"UI language {locale} is not installed (no {res}/{lang}): "
            f"apt-get install libreoffice-l10n-{lang}")


def _x_socket(number):
    return Path(f"/tmp/.X11-unix/X{number}")


def _x_lock(number):
    return Path(f"/tmp/.X{number}-lock")


def _lock_pid(number):
    try:
        return int(_x_lock(number).read_text().strip())
    except (OSError, ValueError):
        return None


def _accepts(path):
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.connect(str(path))
            return True
        except OSError:
            return False


def _candidate_displays():
    # From :10 up, leaving low numbers to real and other test displays.
    return (n for n in range(10, 1000)
            if not _x_lock(n).exists() and not _x_socket(n).exists())


# --- the office --------------------------------------------------------------


class Office:
    """A LibreOffice with a throwaway profile, optionally with an extension.

    Construction prepares the profile (and installs ``oxt``); ``start()`` or
    ``with`` launches soffice and connects.  ``shared=True`` installs
    extensions with ``unopkg --shared`` (needs root; they are removed again on
    close).  ``xvfb=True`` runs a visible office on a private Xvfb display.
    ``locale`` (e.g. 'fr-FR') sets the UI language and the locale setting
    (number and date formats); its language pack must be installed.
    ``lifetime`` seconds after ``start()`` a still-running office is killed,
    so a hung UNO call fails the test instead of hanging CI.
    """

    def __init__(self, oxt=None, shared=False, xvfb=False, locale=None,
                 lifetime=DEFAULT_LIFETIME):
        self.shared = shared
        self.xvfb = xvfb
        self.locale = locale
        self.lifetime = lifetime
        self.ctx = self.smgr = self.desktop = None
        self.proc = None
        self.display = None
        self._xvfb_proc = None
        self._watchdog = None
        self._shared_added = []
        self._copies = 0
        self._as_nobody = os.geteuid() == 0
        if locale:
            _check_language_pack(locale)
        self.workdir = Path(tempfile.mkdtemp(prefix="condtrack-office-", dir="/tmp"))
        self.profile_dir = self.workdir / "profile"
        log_dir = os.environ.get(SOFFICE_LOG_DIR_ENV)
        self.soffice_log = (Path(log_dir) / f"{self.workdir.name}.soffice.out" if log_dir
                            else self.workdir / "soffice.out")
        _LIVE.add(self)
        _install_sigterm_handler()
        try:
            self._prepare_workdir()
            self._init_profile()
            if locale:
                self._set_locale(locale)
            if oxt:
                self.add_extension(oxt)
        except BaseException:
            self.close()
            raise

    # -- context manager

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()

    # -- paths and users

    @property
    def profile_url(self):
        return self.profile_dir.as_uri()

    def log_path(self):
        """Where the add-in writes its log inside this profile."""
        return self.profile_dir / "user" / "condtrack" / "condtrack.log"

    def _give(self, path):
        """Hand path over to the user the office runs as."""
        if self._as_nobody:
            os.chown(path, NOBODY, NOBODY)

    def _prepare_workdir(self):
        # mkdtemp makes a 0700 root directory; nobody must be able to use it.
        os.chmod(self.workdir, 0o755)
        self._give(self.workdir)
        for sub in ("tmp", "docs", "out"):
            (self.workdir / sub).mkdir(mode=0o755)
            self._give(self.workdir / sub)

    def _copy_in(self, path, subdir):
        """Copy a file into a fresh directory below the workdir, owned by nobody."""
        self._copies += 1
        dest_dir = self.workdir / subdir / str(self._copies)
        dest_dir.mkdir(mode=0o755)
        self._give(dest_dir)
        dest = dest_dir / Path(path).name
        shutil.copyfile(path, dest)
        os.chmod(dest, 0o644)
        self._give(dest)
        return dest

    def _env(self, display=None):
        env = dict(os.environ)
        env["HOME"] = str(self.workdir)
        env["TMPDIR"] = str(self.workdir / "tmp")  # temp files die with the workdir
        env.pop("DISPLAY", None)
        if display:
            env["DISPLAY"] = display
        return env

    def _soffice_env(self, display=None):
        # Not for unopkg: unopkg.bin hangs with the ASan runtime preloaded
        # (scripts/test-asan-office), and it does not load the component.
        env = self._env(display)
        env.update(soffice_env_overrides())
        return env

    def _office_cmd(self, *args):
        """Command line running args as the office user."""
        if not self._as_nobody:
            return list(args)
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
                "--clear-groups", "env", f"HOME={self.workdir}", *args]

    # -- profile

    def _init_profile(self):
        # unopkg silently drops registrations on a profile no office has
        # started on yet, so let one initialise it and quit.
        _run(self._office_cmd(
            SOFFICE, f"-env:UserInstallation={self.profile_url}", "--headless",
            "--norestore", "--terminate_after_init"),
            INIT_TIMEOUT, env=self._soffice_env(), cwd=self.workdir)
        if not self._registry_file().exists():
            raise OfficeError(f"profile not initialised: {self._registry_file()} missing")

    def _registry_file(self):
        return self.profile_dir / "user" / "registrymodifications.xcu"

    def _set_locale(self, locale):
        """Write UI language and locale setting into the user registry.

        The same settings as Tools > Options > Language Settings; the office
        reads them at start, so this must happen before start().
        """
        self.set_config("/org.openoffice.Office.Linguistic/General", "UILocale", locale)
        self.set_config("/org.openoffice.Setup/L10N", "ooLocale", locale)
        self.set_config("/org.openoffice.Setup/L10N", "ooSetupSystemLocale", locale)

    def set_config(self, node, prop, value):
        """Set a string configuration value in the profile (office stopped)."""
        self._require_stopped("set_config")
        path = self._registry_file()
        text = path.read_text(encoding="utf-8")
        # Drop an older value of the same property, then append the new one.
        old = re.compile(r'<item oor:path="%s"><prop oor:name="%s"[^>]*>.*?</prop></item>\n?'
                         % (re.escape(node), re.escape(prop)), re.S)
        text = old.sub("", text)
        item = (f'<item oor:path="{node}"><prop oor:name="{prop}" oor:op="fuse">'
                f'<value>{escape(value)}</value></prop></item>\n')
        text = text.replace("</oor:items>", item + "</oor:items>")
        path.write_text(text, encoding="utf-8")
        self._give(path)

    # -- extensions (only while soffice is stopped: unopkg hangs otherwise)

    def _require_stopped(self, what):
        if self.proc is not None:
            raise OfficeError(f"{what} needs the office stopped (call stop() first)")

    def _unopkg(self, *args):
        if self.shared:
            # --shared installs for everybody and needs root; keep its own
            # bookkeeping profile away from root's home and from the test one.
            profile = (self.workdir / "unopkg-shared").as_uri()
            cmd = [UNOPKG, *args, "--shared", f"-env:UserInstallation={profile}"]
        else:
            cmd = self._office_cmd(
                UNOPKG, *args, f"-env:UserInstallation={self.profile_url}")
        return _run(cmd, UNOPKG_TIMEOUT, env=self._env(), cwd=self.workdir)

    def add_extension(self, path):
        """Install an .oxt (a copy of it) and return its identifier."""
        self._require_stopped("add_extension")
        identifier = extension_identifier(path)
        copy = self._copy_in(path, "docs")
        self._unopkg("add", "--suppress-license", str(copy))
        if self.shared:
            self._shared_added.append(identifier)
        return identifier

    def remove_extension(self, identifier):
        self._require_stopped("remove_extension")
        self._unopkg("remove", identifier)
        if identifier in self._shared_added:
            self._shared_added.remove(identifier)

    def list_extensions(self):
        """Identifiers of the installed user (or, if shared, shared) extensions."""
        self._require_stopped("list_extensions")
        out = self._unopkg("list")
        return re.findall(r"^\s*Identifier:\s*(\S+)", out, re.M)

    # -- X display

    def _start_xvfb(self):
        # Not -displayfd: with it Xvfb writes no lock file, so concurrent
        # servers probing the same number unlink each other's socket file.
        # With an explicit number, the lock file (created atomically by Xvfb)
        # decides who gets it; the loser exits and we try the next one.
        for number in _candidate_displays():
            proc = self._launch_xvfb(number)
            if self._wait_for_xvfb(proc, number):
                self._xvfb_proc, self.display = proc, f":{number}"
                return
            _reap(proc, 1)
        raise OfficeError("no free X display for Xvfb:\n" + _tail(self.workdir / "xvfb.out"))

    def _launch_xvfb(self, number):
        with open(self.workdir / "xvfb.out", "ab") as log:
            return subprocess.Popen(
                # -noreset: by default the server resets when its last client
                # leaves (our readiness probe), and refuses clients meanwhile.
                [XVFB, f":{number}", "-noreset", "-nolisten", "tcp",
                 "-screen", "0", "1280x1024x24"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)

    def _wait_for_xvfb(self, proc, number):
        """True once proc serves :number; False if it exited (display taken)."""
        deadline = time.monotonic() + XVFB_TIMEOUT
        while proc.poll() is None:
            if _lock_pid(number) == proc.pid and _accepts(_x_socket(number)):
                return True
            if time.monotonic() > deadline:
                _reap(proc, 1)
                raise OfficeError(f"Xvfb :{number} not ready after {XVFB_TIMEOUT}s:\n"
                                  + _tail(self.workdir / "xvfb.out"))
            time.sleep(0.05)
        return False

    def _stop_xvfb(self):
        if self._xvfb_proc is not None:
            _kill_group(self._xvfb_proc, signal.SIGTERM)
            _reap(self._xvfb_proc, 5)
            self._xvfb_proc = None
            self.display = None

    # -- soffice

    def start(self):
        """Launch soffice and connect; sets ctx, smgr and desktop."""
        if self.proc is not None:
            return self
        if self.xvfb and self._xvfb_proc is None:
            self._start_xvfb()
        port = _free_port()
        mode = [] if self.xvfb else ["--headless"]
        cmd = self._office_cmd(
            SOFFICE, f"-env:UserInstallation={self.profile_url}", *mode,
            "--invisible", "--norestore", "--nologo", "--nodefault",
            f"--accept=socket,host=127.0.0.1,port={port};urp;")
        with open(self.soffice_log, "ab") as log:
            self.proc = subprocess.Popen(
                cmd, env=self._soffice_env(self.display), cwd=self.workdir,
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        self._start_watchdog()
        try:
            self.ctx = self._connect(port)
            self.smgr = self.ctx.ServiceManager
            self.desktop = self.smgr.createInstanceWithContext(
                "com.sun.star.frame.Desktop", self.ctx)
        except BaseException:
            self.stop()
            raise
        return self

    def _start_watchdog(self):
        if self.lifetime:
            self._watchdog = threading.Timer(self.lifetime, self._expire, (self.proc,))
            self._watchdog.daemon = True
            self._watchdog.start()

    def _expire(self, proc):
        # Pending and later UNO calls then fail with odd bridge errors
        # ("illegal object given!"), hence the note on stderr.
        print(f"condtrack: killing office {proc.pid}, still running after "
              f"{self.lifetime}s (Office lifetime)", file=sys.stderr)
        _kill_group(proc)

    def _connect(self, port):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + CONNECT_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise OfficeError(f"soffice exited with {self.proc.returncode} before "
                                  f"accepting connections:\n{_tail(self.soffice_log)}")
            try:
                return resolver.resolve(url)
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise OfficeError(f"no connection to soffice on port {port} after "
                                      f"{CONNECT_TIMEOUT}s:\n{_tail(self.soffice_log)}")
                time.sleep(0.1)

    def stop(self):
        """Close all documents, terminate soffice, wait for it (kill if stuck)."""
        if self.proc is None:
            return
        deadline = time.monotonic() + STOP_TIMEOUT
        desktop = self.desktop
        self.ctx = self.smgr = self.desktop = None
        if desktop is not None:
            # A UNO call has no timeout of its own: run it aside so a hung
            # office cannot hang us; _reap kills it when the wait runs out.
            worker = threading.Thread(target=self._terminate, args=(desktop,), daemon=True)
            worker.start()
            worker.join(STOP_TIMEOUT)
        # One budget for both steps: a hung office is killed after STOP_TIMEOUT.
        _reap(self.proc, max(1, deadline - time.monotonic()))
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        self.proc = None

    @staticmethod
    def _terminate(desktop):
        # Modified documents could veto terminate(); close them unconditionally.
        # The bridge drops while the office quits, so errors here are expected:
        # whether it really ended is judged by waiting for the process.
        try:
            components = desktop.getComponents().createEnumeration()
            while components.hasMoreElements():
                try:
                    components.nextElement().close(True)
                except Exception:
                    pass
            desktop.terminate()
        except Exception:
            pass

    def close(self):
        """Stop everything this Office started and remove its directory."""
        try:
            self.stop()
            if self._shared_added:
                for identifier in list(self._shared_added):
                    self._unopkg("remove", identifier)
                self._shared_added.clear()
        finally:
            self._stop_xvfb()
            _LIVE.discard(self)
            self._remove_workdir()

    def _remove_workdir(self):
        if not self.workdir.exists():
            return
        if os.environ.get(KEEP_ENV) == "1":
            print(f"condtrack: kept office directory {self.workdir}", file=sys.stderr)
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # -- documents

    def new_calc(self, hidden=True):
        """A new, empty spreadsheet document."""
        return self.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, _props(Hidden=hidden))

    def load(self, path, hidden=True, **props):
        """Load a copy of path (extra MediaDescriptor properties in props)."""
        copy = self._copy_in(path, "docs")
        doc = self.desktop.loadComponentFromURL(
            copy.as_uri(), "_blank", 0, _props(Hidden=hidden, **props))
        if doc is None:
            raise OfficeError(f"could not load {path}")
        return doc

    def store(self, doc, path, filter="calc8"):
        """Store doc with a filter ('calc8', 'Calc MS Excel 2007 XML',
        'calc_pdf_Export', ...); returns the path written.

        The office user may not write where the caller wants, so the office
        writes inside the workdir and the file is copied out from here.
        A relative path lands in the workdir's out/ directory.
        """
        target = Path(path)
        if not target.is_absolute():
            target = self.workdir / "out" / target
        inside = self.workdir.resolve() in target.resolve().parents
        if inside:
            written = target
            target.parent.mkdir(parents=True, exist_ok=True)
            self._give(target.parent)
        else:
            self._copies += 1
            written = self.workdir / "out" / f"{self._copies}-{target.name}"
        doc.storeToURL(written.as_uri(), _props(FilterName=filter, Overwrite=True))
        if not inside:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(written, target)
        return target


# --- cell helpers --------------------------------------------------------------


def first_sheet(doc):
    return doc.getSheets().getByIndex(0)


def cell(sheet, address):
    """The cell (or range) at an address like 'A1' or 'B2:C4'."""
    return sheet.getCellRangeByName(address)


def put(sheet, address, value):
    """Write a number, a text or a formula ('=...') into one cell; None leaves it empty."""
    c = cell(sheet, address)
    if value is None:
        return
    if isinstance(value, str):
        if value.startswith("="):
            c.setFormula(value)
        else:
            c.setString(value)
    else:
        c.setValue(value)


def set_formula(sheet, address, formula):
    """Set a formula in English function names, e.g. '=SUM(A1:A3)'."""
    cell(sheet, address).setFormula(formula)


def set_array_formula(sheet, address, formula):
    """Enter formula as an array formula over a range like 'A1:A3'."""
    cell(sheet, address).setArrayFormula(formula)


def value(sheet, address):
    return cell(sheet, address).getValue()


def string(sheet, address):
    return cell(sheet, address).getString()


def error(sheet, address):
    """Calc's error code for the cell (0 if none; 532 is #DIV/0!)."""
    return cell(sheet, address).getError()


def calc_all(doc):
    doc.calculateAll()


# --- dispatching commands ------------------------------------------------------


class DispatchOutcome:
    """What a notifying dispatch reported: ok and the message text."""

    def __init__(self, ok, message):
        self.ok = ok
        self.message = message

    def __repr__(self):
        return f"DispatchOutcome(ok={self.ok}, message={self.message!r})"


def dispatch(office, doc, command, **arguments):
    """Dispatch a URL (e.g. 'vnd.condtrack:NewTracker') to doc's frame with
    named arguments, and return the DispatchOutcome the handler reported.
    Quiet=True is added unless given, so no message box waits for a click."""
    import unohelper
    from com.sun.star.frame import XDispatchResultListener
    from com.sun.star.frame.DispatchResultState import SUCCESS

    class Listener(unohelper.Base, XDispatchResultListener):
        def __init__(self):
            self.event = None

        def dispatchFinished(self, event):
            self.event = event

        def disposing(self, source):
            pass

    arguments.setdefault("Quiet", True)
    frame = doc.getCurrentController().getFrame()
    url = uno.createUnoStruct("com.sun.star.util.URL")
    url.Complete = command
    transformer = office.smgr.createInstanceWithContext("com.sun.star.util.URLTransformer", office.ctx)
    _, url = transformer.parseStrict(url)
    handler = frame.queryDispatch(url, "", 0)
    if handler is None:
        raise OfficeError(f"no dispatch for {command}")
    listener = Listener()
    handler.dispatchWithNotification(url, _props(**arguments), listener)
    if listener.event is None:
        raise OfficeError(f"{command} reported no outcome")
    return DispatchOutcome(listener.event.State == SUCCESS, listener.event.Result)
