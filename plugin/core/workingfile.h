/***************************************************************************
  workingfile.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef WORKINGFILE_H
#define WORKINGFILE_H

#include <QString>
#include <QStringList>

/**
 * \brief A hidden file beside a target, written in full before it takes the target's name:
 * temporary file, check, rename. Shared by the data build, the import and the print.
 *
 * The name is `.<target file name>.<host>-<process id>.<random>.<purpose>`: in the target's folder
 * (the rename never crosses file systems), hidden, unique, and carrying the machine and the id of
 * the process that writes it, so that removeAbandoned() can tell the files of a process that was
 * killed from those of a process still at work (on this machine; a shared folder's files of
 * other machines are left alone). commit() checks the file came out whole
 * (FileCompleteness), flushes it to the disk (fsync), then renames it over the target, or, to
 * create a new target, gives it the target's name only when no file has it (renameat2 with
 * RENAME_NOREPLACE, or link()): of two processes creating one target, exactly one succeeds.
 * Until commit() the target is never touched; the destructor removes what was not committed.
 *
 * Messages name the target and its folder, never the hidden file, and give the cause, e.g.
 * "cannot write to /data/ro: permission denied".
 */
class WorkingFile
{
  public:
    //! \brief What commit() may do to an existing target.
    enum class Existing
    {
      Replace, //!< Replace it (atomically: readers see the old or the new file, never a part).
      Refuse   //!< Leave it and fail with "exists already".
    };

    /**
     * \brief Prepares a working file for \a target; \a purpose ends its name, e.g.
     * "importing.gpkg" (writers pick the format by the suffix). Nothing is created yet.
     */
    WorkingFile( const QString &target, const QString &purpose );

    //! Removes the working file (and an SQLite journal beside it) unless it was committed.
    ~WorkingFile();

    WorkingFile( const WorkingFile & ) = delete;
    WorkingFile &operator=( const WorkingFile & ) = delete;

    //! \brief Returns the path to write to.
    QString path() const { return mPath; }

    //! \brief Returns the path of the target.
    QString target() const { return mTarget; }

    /**
     * \brief Checks the target's folder takes new files by creating (and removing) the working
     * file. Returns an empty string, or why not: "cannot write to FOLDER: permission denied".
     */
    QString checkFolderWritable() const;

    /**
     * \brief Checks the working file is whole, flushes it to the disk and gives it the target's
     * name; \a existing says what to do when the target exists. Returns an empty string, or why
     * it failed (the working file is then removed, the target left as it was).
     */
    QString commit( Existing existing );

    //! \brief Returns TRUE when the last commit() with Existing::Refuse failed as the target exists.
    bool targetExisted() const { return mTargetExisted; }

    //! \brief Removes the working file and its SQLite journal files, if any.
    void discard();

    /**
     * \brief Removes the working files in \a folder whose process is gone (killed, crashed).
     * Returns one sentence per target they were for, naming the target, the process and the
     * size freed; empty when there were none. Files of running processes are left alone.
     */
    static QStringList removeAbandoned( const QString &folder );

    /**
     * \brief Returns the part of a working file's name that names the process \a pid of this
     * machine: "<host>-<pid>" (the host name's characters other than letters, digits and '-'
     * replaced by '-').
     */
    static QString processTag( qint64 pid );

    //! \brief Returns "permission denied" and the like for the error number \a error.
    static QString errorText( int error );

  private:
    QString fail( const QString &message );

    QString mTarget;
    QString mPath;
    bool mCommitted = false;
    bool mTargetExisted = false;
};

#endif // WORKINGFILE_H
