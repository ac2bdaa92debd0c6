@echo off
rem MSQ Offline, portable copy: the answers, backups and logs stay in the "data" folder beside this
rem file, so the whole folder can be carried on a USB stick from one computer to another.
setlocal
set "MSQ_DATA_DIR=%~dp0data"
if not exist "%MSQ_DATA_DIR%" mkdir "%MSQ_DATA_DIR%"
start "" "%~dp0MSQ Offline.exe" %*
