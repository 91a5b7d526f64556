/***************************************************************************
  printoptions.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTOPTIONS_H
#define PRINTOPTIONS_H

#include <QString>

/**
 * \brief What a map print looks like: the paper, the atlas mode, the output format and resolution.
 * The filter (years, countries) is not part of it: prints show the filter in force.
 */
struct PrintOptions
{
    //! Paper size of the template (both landscape).
    enum class Paper
    {
      A4,
      A3,
    };

    //! One page per feature of this kind, or a single page.
    enum class Atlas
    {
      None,
      Port,
      Country,
    };

    //! Output file format, from the file name's extension.
    enum class Format
    {
      Unknown,
      Pdf,
      Png,
      Svg,
    };

    Paper paper = Paper::A4;
    Atlas atlas = Atlas::None;
    //! A change map of two years of the selection (print --compare) instead of a map of it.
    bool changeMap = false;
    //! Resolution of raster output (PNG) and of raster parts of PDF/SVG.
    int dpi = 300;

    /**
     * \brief Returns the paper named \a name ("a4", "a3", any case); \a ok is false for other names.
     */
    static Paper paperFromName( const QString &name, bool *ok );

    /**
     * \brief Returns the short name of \a paper ("a4" or "a3").
     */
    static QString paperName( Paper paper );

    /**
     * \brief Returns the atlas mode named \a name ("none", "port", "country"); \a ok is false otherwise.
     */
    static Atlas atlasFromName( const QString &name, bool *ok );

    /**
     * \brief Returns the short name of \a atlas ("none", "port" or "country").
     */
    static QString atlasName( Atlas atlas );

    /**
     * \brief Returns the format of \a fileName from its extension (.pdf, .png, .svg, any case).
     */
    static Format formatFromFileName( const QString &fileName );

    /**
     * \brief Returns the resource path of the layout template for \a paper (a .qpt in resources/print/).
     */
    static QString templateResource( Paper paper );

    /**
     * \brief Returns the name under which the layout for \a paper is kept in a project's layout manager.
     */
    static QString layoutName( Paper paper );
};

#endif // PRINTOPTIONS_H
